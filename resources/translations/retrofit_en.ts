<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>BuildingForm</name>
    <message>
        <location filename="../../ui/buildings/form.py" line="28" />
        <source>Building %1</source>
        <translation>Building %1</translation>
    </message>
</context>
<context>
    <name>BuildingTable</name>
    <message>
        <location filename="../../ui/buildings/table_model.py" line="55" />
        <location filename="../../ui/buildings/table_model.py" line="247" />
        <source>default</source>
        <translation>default</translation>
    </message>
    <message>
        <location filename="../../ui/buildings/table_model.py" line="268" />
        <source>Not entered: the default applies</source>
        <translation>Not entered: the default applies</translation>
    </message>
    <message>
        <source>(not entered)</source>
        <translation>(not entered)</translation>
    </message>
</context>
<context>
    <name>BuildingsPanel</name>
    <message>
        <location filename="../../ui/buildings/panel.py" line="95" />
        <source>All buildings</source>
        <translation>All buildings</translation>
    </message>
    <message>
        <location filename="../../ui/buildings/panel.py" line="107" />
        <source>Nothing was changed</source>
        <translation>Nothing was changed</translation>
    </message>
    <message>
        <location filename="../../ui/buildings/panel.py" line="129" />
        <source>Filter buildings…</source>
        <translation>Filter buildings…</translation>
    </message>
    <message>
        <location filename="../../ui/buildings/panel.py" line="130" />
        <source>Set for selection</source>
        <translation>Set for selection</translation>
    </message>
    <message>
        <location filename="../../ui/buildings/panel.py" line="131" />
        <source>Set mode, package or planned year for all selected buildings</source>
        <translation>Set mode, package or planned year for all selected buildings</translation>
    </message>
    <message>
        <location filename="../../ui/buildings/panel.py" line="133" />
        <source>Edit form…</source>
        <translation>Edit form…</translation>
    </message>
    <message>
        <location filename="../../ui/buildings/panel.py" line="134" />
        <source>Edit the current building in a form (F2 edits a cell)</source>
        <translation>Edit the current building in a form (F2 edits a cell)</translation>
    </message>
    <message>
        <location filename="../../ui/buildings/panel.py" line="136" />
        <source>Mode…</source>
        <translation>Mode…</translation>
    </message>
    <message>
        <location filename="../../ui/buildings/panel.py" line="137" />
        <source>Package…</source>
        <translation>Package…</translation>
    </message>
    <message>
        <location filename="../../ui/buildings/panel.py" line="138" />
        <source>Planned year…</source>
        <translation>Planned year…</translation>
    </message>
    <message>
        <location filename="../../ui/buildings/panel.py" line="154" />
        <source>All buildings: %Ln</source>
        <translation>All buildings: %Ln</translation>
    </message>
    <message>
        <location filename="../../ui/buildings/panel.py" line="156" />
        <source>Buildings: %Ln</source>
        <translation>Buildings: %Ln</translation>
    </message>
    <message>
        <location filename="../../ui/buildings/panel.py" line="232" />
        <source>New building</source>
        <translation>New building</translation>
    </message>
    <message>
        <location filename="../../ui/buildings/panel.py" line="242" />
        <source>Delete buildings</source>
        <translation>Delete buildings</translation>
    </message>
    <message>
        <location filename="../../ui/buildings/excel.py" line="89" />
        <source>&amp;Copy</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <location filename="../../ui/buildings/excel.py" line="90" />
        <source>Copy with &amp;headers</source>
        <translation>Copy with &amp;headers</translation>
    </message>
    <message>
        <location filename="../../ui/buildings/excel.py" line="91" />
        <source>&amp;Paste</source>
        <translation>&amp;Paste</translation>
    </message>
    <message>
        <location filename="../../ui/buildings/excel.py" line="92" />
        <source>Fill &amp;down</source>
        <translation>Fill &amp;down</translation>
    </message>
<message numerus="yes">
        <location filename="../../ui/buildings/panel.py" line="181" />
        <source>Delete %Ln building(s)? (Undo brings them back.)</source>
        <translation>
            <numerusform>Delete %Ln building? (Undo brings it back.)</numerusform>
            <numerusform>Delete %Ln buildings? (Undo brings them back.)</numerusform></translation>
    </message>
</context>
<context>
    <name>Catalogue</name>
    <message>
        <location filename="../../ui/catalogue/dialog.py" line="46" />
        <source>Measures and packages</source>
        <translation>Measures and packages</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue/dialog.py" line="52" />
        <source>Save package</source>
        <translation>Save package</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue/dialog.py" line="54" />
        <source>New package…</source>
        <translation>New package…</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue/dialog.py" line="57" />
        <source>Measures</source>
        <translation>Measures</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue/dialog.py" line="66" />
        <source>Packages</source>
        <translation>Packages</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue/dialog.py" line="136" />
        <source>New package</source>
        <translation>New package</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue/dialog.py" line="136" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (copy)</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copy</translation>
    </message>
    <message>
        <source>Copy package</source>
        <translation>Copy package</translation>
    </message>
    <message>
        <source>Copy package…</source>
        <translation>Copy package…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Measures in the package</source>
        <translation>Measures in the package</translation>
    </message>
    <message>
        <source>Name of the package</source>
        <translation>Name of the package</translation>
    </message>
    <message>
        <source>New measure</source>
        <translation>New measure</translation>
    </message>
    <message>
        <source>New measure…</source>
        <translation>New measure…</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parameters</translation>
    </message>
    <message>
        <source>Please fill in: %1</source>
        <translation>Please fill in: %1</translation>
    </message>
    <message>
        <source>Priced per</source>
        <translation>Priced per</translation>
    </message>
    <message>
        <source>Reset to default</source>
        <translation>Reset to default</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Unit price 2010 [RMB]</source>
        <translation>Unit price 2010 [RMB]</translation>
    </message>
    <message>
        <source>Unit price today [RMB]</source>
        <translation>Unit price today [RMB]</translation>
    </message>
    <message>
        <source>as shipped</source>
        <translation>as shipped</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>changed</translation>
    </message>
    <message>
        <source>own</source>
        <translation>own</translation>
    </message>
    <message>
        <source>“No measures” stays empty.</source>
        <translation>“No measures” stays empty.</translation>
    </message>
</context>
<context>
    <name>Choices</name>
    <message>
        <location filename="../../ui/fields.py" line="94" />
        <source>yes</source>
        <extracomment>The building table's columns and the building form's rows, in this order. Fields the method fills in when they are not entered (method.md §2, §6; shown as defaulted). Every choice the app names: structures, modes, statuses and the shipped packages.</extracomment>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../../ui/fields.py" line="94" />
        <source>no</source>
        <translation>no</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <location filename="../../ui/buildings/commands.py" line="27" />
        <source>Edit %1</source>
        <translation>Edit %1</translation>
    </message>
    <message>
        <location filename="../../ui/buildings/presenter.py" line="173" />
        <source>Set %1</source>
        <translation>Set %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/buildings/presenter.py" line="174" />
        <source>Set %1 on %Ln building(s)</source>
        <translation>
            <numerusform>Set %1 on %Ln building</numerusform>
            <numerusform>Set %1 on %Ln buildings</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/buildings/presenter.py" line="216" />
        <location filename="../../ui/buildings/presenter.py" line="220" />
        <source>Edit building</source>
        <translation>Edit building</translation>
    </message>
    <message>
        <location filename="../../ui/buildings/presenter.py" line="229" />
        <source>Add building</source>
        <translation>Add building</translation>
    </message>
    <message>
        <location filename="../../ui/estates/presenter.py" line="212" />
        <source>Edit estate</source>
        <translation>Edit estate</translation>
    </message>
    <message>
        <location filename="../../ui/estates/presenter.py" line="237" />
        <source>Add estate</source>
        <translation>Add estate</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/buildings/excel.py" line="238" />
        <source>Paste %Ln cell(s)</source>
        <translation>
            <numerusform>Paste %Ln cell</numerusform>
            <numerusform>Paste %Ln cells</numerusform></translation>
    </message>
<message numerus="yes">
        <location filename="../../ui/buildings/presenter.py" line="197" />
        <source>Delete %Ln building(s)</source>
        <translation>
            <numerusform>Delete %Ln building</numerusform>
            <numerusform>Delete %Ln buildings</numerusform></translation>
    </message>
        <message numerus="yes">
        <source>Fill down %Ln cell(s)</source>
        <translation>
            <numerusform>Fill down %Ln cell</numerusform>
            <numerusform>Fill down %Ln cells</numerusform></translation>
    </message>
</context>
<context>
    <name>Compare</name>
    <message>
        <location filename="../../ui/compare/panel.py" line="23" />
        <source>q_H after [W/m²]</source>
        <translation>q_H after [W/m²]</translation>
    </message>
    <message>
        <location filename="../../ui/compare/panel.py" line="24" />
        <location filename="../../ui/compare/panel.py" line="160" />
        <source>Coal index after [kgce/m²]</source>
        <translation>Coal index after [kgce/m²]</translation>
    </message>
    <message>
        <location filename="../../ui/compare/panel.py" line="25" />
        <location filename="../../ui/compare/panel.py" line="157" />
        <source>Saved coal [tce/a]</source>
        <translation>Saved coal [tce/a]</translation>
    </message>
    <message>
        <location filename="../../ui/compare/panel.py" line="26" />
        <source>Saved coal P10–P90 [tce/a]</source>
        <translation>Saved coal P10–P90 [tce/a]</translation>
    </message>
    <message>
        <location filename="../../ui/compare/panel.py" line="27" />
        <source>Saved CO2 [t/a]</source>
        <translation>Saved CO2 [t/a]</translation>
    </message>
    <message>
        <location filename="../../ui/compare/panel.py" line="28" />
        <location filename="../../ui/compare/panel.py" line="158" />
        <source>Freed capacity [MW]</source>
        <translation>Freed capacity [MW]</translation>
    </message>
    <message>
        <location filename="../../ui/compare/panel.py" line="30" />
        <source>Cost per saved tce [RMB]</source>
        <translation>Cost per saved tce [RMB]</translation>
    </message>
    <message>
        <location filename="../../ui/compare/panel.py" line="85" />
        <source>Third package:</source>
        <translation>Third package:</translation>
    </message>
    <message>
        <location filename="../../ui/compare/panel.py" line="131" />
        <source>Select an estate to compare packages.</source>
        <translation>Select an estate to compare packages.</translation>
    </message>
    <message>
        <location filename="../../ui/compare/panel.py" line="134" />
        <source>Packages for %1 (nothing is saved)</source>
        <translation>Packages for %1 (nothing is saved)</translation>
    </message>
    <message>
        <location filename="../../ui/compare/panel.py" line="29" />
        <location filename="../../ui/compare/panel.py" line="159" />
        <source>Cost</source>
        <translation>Cost</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <location filename="../../ui/dashboard/panel.py" line="33" />
        <location filename="../../ui/dashboard/panel.py" line="41" />
        <source>Saved coal [tce/a]</source>
        <translation>Saved coal [tce/a]</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/panel.py" line="34" />
        <location filename="../../ui/dashboard/panel.py" line="42" />
        <source>Saved CO2 [t/a]</source>
        <translation>Saved CO2 [t/a]</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/panel.py" line="35" />
        <location filename="../../ui/dashboard/panel.py" line="43" />
        <source>Freed capacity [MW]</source>
        <translation>Freed capacity [MW]</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/panel.py" line="38" />
        <source>District</source>
        <translation>District</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/panel.py" line="38" />
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/panel.py" line="39" />
        <source>Buildings</source>
        <translation>Buildings</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/panel.py" line="40" />
        <source>Floor area [m²]</source>
        <translation>Floor area [m²]</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/panel.py" line="46" />
        <source>Extra floor area [m²]</source>
        <translation>Extra floor area [m²]</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/panel.py" line="47" />
        <source>Coal before [tce/a]</source>
        <translation>Coal before [tce/a]</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/panel.py" line="48" />
        <source>Coal after [tce/a]</source>
        <translation>Coal after [tce/a]</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/panel.py" line="49" />
        <source>Cumulative saved coal [tce/a]</source>
        <translation>Cumulative saved coal [tce/a]</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/panel.py" line="50" />
        <source>Households</source>
        <translation>Households</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/panel.py" line="52" />
        <source>Estates</source>
        <translation>Estates</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/panel.py" line="53" />
        <source>Share</source>
        <translation>Share</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/panel.py" line="54" />
        <source>Key</source>
        <translation>Key</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/panel.py" line="54" />
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/panel.py" line="99" />
        <source>Recalculate</source>
        <translation>Recalculate</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/panel.py" line="100" />
        <source>City totals against the programme targets</source>
        <translation>City totals against the programme targets</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/panel.py" line="101" />
        <source>Mode shares (floor area)</source>
        <translation>Mode shares (floor area)</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/panel.py" line="102" />
        <source>By district</source>
        <translation>By district</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/panel.py" line="103" />
        <source>By planned year</source>
        <translation>By planned year</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/panel.py" line="115" />
        <source>Calculating the whole city…</source>
        <translation>Calculating the whole city…</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/panel.py" line="164" />
        <source>Rebuild share within the cap of %1 %</source>
        <translation>Rebuild share within the cap of %1 %</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/panel.py" line="165" />
        <source>Rebuild share exceeds the cap of %1 %</source>
        <translation>Rebuild share exceeds the cap of %1 %</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/panel.py" line="45" />
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/panel.py" line="44" />
        <source>Cost</source>
        <translation>Cost</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/panel.py" line="51" />
        <source>Surplus</source>
        <translation>Surplus</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/panel.py" />
        <source>net of new load %1 (%2)</source>
        <translation>net of new load %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/panel.py" />
        <source>New load of the %1 m² that added storeys and rebuilds add: %2 tce/a, %3 MW; the targets are gross</source>
        <translation>New load of the %1 m² that added storeys and rebuilds add: %2 tce/a, %3 MW; the targets are gross</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <location filename="../../ui/database.py" line="50" />
        <source>New database</source>
        <translation>New database</translation>
    </message>
    <message>
        <location filename="../../ui/database.py" line="51" />
        <source>SQLite database (*.sqlite *.db)</source>
        <translation>SQLite database (*.sqlite *.db)</translation>
    </message>
    <message>
        <location filename="../../ui/database.py" line="58" />
        <source>A database file on this computer…</source>
        <translation>A database file on this computer…</translation>
    </message>
    <message>
        <location filename="../../ui/database.py" line="59" />
        <source>A shared PostgreSQL database (URL)…</source>
        <translation>A shared PostgreSQL database (URL)…</translation>
    </message>
    <message>
        <location filename="../../ui/database.py" line="61" />
        <location filename="../../ui/database.py" line="66" />
        <location filename="../../ui/database.py" line="71" />
        <source>Open database</source>
        <translation>Open database</translation>
    </message>
    <message>
        <location filename="../../ui/database.py" line="61" />
        <source>Open:</source>
        <translation>Open:</translation>
    </message>
    <message>
        <location filename="../../ui/database.py" line="67" />
        <source>SQLite database (*.sqlite *.db);;All files (*)</source>
        <translation>SQLite database (*.sqlite *.db);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../ui/database.py" line="72" />
        <source>URL, e.g. postgresql+psycopg://user@server/retrofit</source>
        <translation>URL, e.g. postgresql+psycopg://user@server/retrofit</translation>
    </message>
    <message>
        <location filename="../../ui/database.py" line="92" />
        <source>Export register</source>
        <translation>Export register</translation>
    </message>
    <message>
        <location filename="../../ui/database.py" line="94" />
        <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel workbook (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/database.py" line="100" />
        <source>Exporting…</source>
        <translation>Exporting…</translation>
    </message>
    <message>
        <location filename="../../ui/database.py" line="111" />
        <source>Reports</source>
        <translation>Reports</translation>
    </message>
    <message>
        <location filename="../../ui/database.py" line="112" />
        <source>Reports are not available with this database.</source>
        <translation>Reports are not available with this database.</translation>
    </message>
<message numerus="yes">
        <location filename="../../ui/database.py" line="91" />
        <source>Exported %Ln building(s)</source>
        <translation>
            <numerusform>Exported %Ln building</numerusform>
            <numerusform>Exported %Ln buildings</numerusform></translation>
    </message>
    </context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../ui/errors.py" line="93" />
        <source>Copy details</source>
        <translation>Copy details</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="61" />
        <source>Retrofit Planner</source>
        <extracomment>The log file of the desktop app, once :func:`setup_logging` ran.</extracomment>
        <translation>Retrofit Planner</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="70" />
        <source>The row was reloaded with the stored values.</source>
        <translation>The row was reloaded with the stored values.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="80" />
        <source>Unexpected error</source>
        <translation>Unexpected error</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="81" />
        <source>Something went wrong. Your saved data is safe; the details are in the log file.</source>
        <translation>Something went wrong. Your saved data is safe; the details are in the log file.</translation>
    </message>
<message>
        <location filename="../../ui/errors.py" line="83" />
        <source>Log file:</source>
        <translation>Log file:</translation>
    </message>
    </context>
<context>
    <name>EstateTree</name>
    <message>
        <location filename="../../ui/estates/tree_model.py" line="107" />
        <source>Estate</source>
        <translation>Estate</translation>
    </message>
    <message>
        <location filename="../../ui/estates/tree_model.py" line="108" />
        <source>Buildings</source>
        <translation>Buildings</translation>
    </message>
    <message>
        <location filename="../../ui/estates/tree_model.py" line="81" />
        <location filename="../../ui/estates/tree_model.py" line="111" />
        <source>All buildings</source>
        <extracomment>Inputs whose absence counts as "missing data" (the engine then uses typical defaults).</extracomment>
        <translation>All buildings</translation>
    </message>
    <message>
        <location filename="../../ui/estates/tree_model.py" line="87" />
        <source>(no district)</source>
        <translation>(no district)</translation>
    </message>
</context>
<context>
    <name>EstatesPanel</name>
    <message>
        <location filename="../../ui/estates/panel.py" line="80" />
        <source>Search estate, address or building no.</source>
        <translation>Search estate, address or building no.</translation>
    </message>
    <message>
        <location filename="../../ui/estates/panel.py" line="81" />
        <source>Consent below threshold</source>
        <translation>Consent below threshold</translation>
    </message>
    <message>
        <location filename="../../ui/estates/panel.py" line="82" />
        <source>Missing data</source>
        <translation>Missing data</translation>
    </message>
    <message>
        <location filename="../../ui/estates/panel.py" line="83" />
        <source>Edit estate…</source>
        <translation>Edit estate…</translation>
    </message>
    <message>
        <location filename="../../ui/estates/panel.py" line="130" />
        <source>Any mode</source>
        <translation>Any mode</translation>
    </message>
    <message>
        <location filename="../../ui/estates/panel.py" line="131" />
        <source>Any package</source>
        <translation>Any package</translation>
    </message>
    <message>
        <location filename="../../ui/estates/panel.py" line="132" />
        <source>Any year</source>
        <translation>Any year</translation>
    </message>
    <message>
        <location filename="../../ui/estates/panel.py" line="186" />
        <source>New estate</source>
        <translation>New estate</translation>
    </message>
    <message>
        <location filename="../../ui/estates/panel.py" line="198" />
        <source>Estate %1</source>
        <translation>Estate %1</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <location filename="../../ui/export.py" line="118" />
        <source>Export to Excel</source>
        <translation>Export to Excel</translation>
    </message>
    <message>
        <location filename="../../ui/export.py" line="119" />
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/export.py" line="146" />
        <source>Writing %1…</source>
        <translation>Writing %1…</translation>
    </message>
    <message>
        <location filename="../../ui/export.py" line="161" />
        <location filename="../../ui/export.py" line="171" />
        <source>Export to Excel…</source>
        <translation>Export to Excel…</translation>
    </message>
</context>
<context>
    <name>FirstRun</name>
    <message>
        <location filename="../../ui/first_run.py" line="39" />
        <source>Welcome to Retrofit Planner</source>
        <translation>Welcome to Retrofit Planner</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="40" />
        <source>How would you like to start?</source>
        <translation>How would you like to start?</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="41" />
        <source>The demo city is a made-up Tangshan with 470 estates to look around in; nothing you do there touches your own records.

An empty database is where your own records go: type them in or import the registers you have (File → Import).</source>
        <translation>The demo city is a made-up Tangshan with 470 estates to look around in; nothing you do there touches your own records.

An empty database is where your own records go: type them in or import the registers you have (File → Import).</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="46" />
        <source>Open the demo city</source>
        <translation>Open the demo city</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="47" />
        <source>Start an empty database</source>
        <translation>Start an empty database</translation>
    </message>
</context>
<context>
    <name>Forms</name>
    <message>
        <location filename="../../ui/buildings/delegates.py" line="117" />
        <location filename="../../ui/forms.py" line="74" />
        <location filename="../../ui/forms.py" line="146" />
        <source>Allowed: %1</source>
        <translation>Allowed: %1</translation>
    </message>
    <message>
        <location filename="../../ui/forms.py" line="74" />
        <source>e.g. %1</source>
        <translation>e.g. %1</translation>
    </message>
</context>
<context>
    <name>Funding</name>
    <message>
        <location filename="../../ui/results/panel.py" line="19" />
        <location filename="../../ui/results/panel.py" line="25" />
        <source>Central subsidy</source>
        <translation>Central subsidy</translation>
    </message>
    <message>
        <location filename="../../ui/results/panel.py" line="20" />
        <location filename="../../ui/results/panel.py" line="26" />
        <source>Local top-up</source>
        <translation>Local top-up</translation>
    </message>
    <message>
        <location filename="../../ui/results/panel.py" line="21" />
        <location filename="../../ui/results/panel.py" line="27" />
        <source>Heat utility</source>
        <translation>Heat utility</translation>
    </message>
    <message>
        <location filename="../../ui/results/panel.py" line="22" />
        <source>Sales of new floor area</source>
        <translation>Sales of new floor area</translation>
    </message>
    <message>
        <location filename="../../ui/results/panel.py" line="23" />
        <source>Residents</source>
        <translation>Residents</translation>
    </message>
    <message>
        <location filename="../../ui/results/panel.py" line="24" />
        <location filename="../../ui/results/panel.py" line="28" />
        <source>City budget</source>
        <translation>City budget</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../ui/imports/wizard.py" line="48" />
        <source>New estates: %1, changed estates: %2, new buildings: %3, changed buildings: %4, unchanged buildings: %5</source>
        <translation>New estates: %1, changed estates: %2, new buildings: %3, changed buildings: %4, unchanged buildings: %5</translation>
    </message>
    <message>
        <location filename="../../ui/imports/wizard.py" line="73" />
        <source>Choose a register file</source>
        <translation>Choose a register file</translation>
    </message>
    <message>
        <location filename="../../ui/imports/wizard.py" line="74" />
        <source>A CSV or Excel file with one row per building (see the import template).</source>
        <translation>A CSV or Excel file with one row per building (see the import template).</translation>
    </message>
    <message>
        <location filename="../../ui/imports/wizard.py" line="78" />
        <source>Browse…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <location filename="../../ui/imports/wizard.py" line="85" />
        <source>Register file</source>
        <translation>Register file</translation>
    </message>
    <message>
        <location filename="../../ui/imports/wizard.py" line="86" />
        <source>Registers (*.xlsx *.xlsm *.xls *.ods *.csv *.txt);;All files (*)</source>
        <translation>Registers (*.xlsx *.xlsm *.xls *.ods *.csv *.txt);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../ui/imports/wizard.py" line="100" />
        <source>Columns and preview</source>
        <translation>Columns and preview</translation>
    </message>
    <message>
        <location filename="../../ui/imports/wizard.py" line="102" />
        <source>Column in the file</source>
        <translation>Column in the file</translation>
    </message>
    <message>
        <location filename="../../ui/imports/wizard.py" line="103" />
        <source>Sample values</source>
        <translation>Sample values</translation>
    </message>
    <message>
        <location filename="../../ui/imports/wizard.py" line="103" />
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../../ui/imports/wizard.py" line="106" />
        <source>Check again</source>
        <translation>Check again</translation>
    </message>
    <message>
        <location filename="../../ui/imports/wizard.py" line="111" />
        <source>Export errors (CSV)…</source>
        <translation>Export errors (CSV)…</translation>
    </message>
    <message>
        <location filename="../../ui/imports/wizard.py" line="136" />
        <source>ignored</source>
        <translation>ignored</translation>
    </message>
    <message>
        <location filename="../../ui/imports/wizard.py" line="137" />
        <source>(automatic: %1)</source>
        <translation>(automatic: %1)</translation>
    </message>
    <message>
        <location filename="../../ui/imports/wizard.py" line="138" />
        <source>(ignore)</source>
        <translation>(ignore)</translation>
    </message>
    <message>
        <location filename="../../ui/imports/wizard.py" line="55" />
        <source>Row</source>
        <translation>Row</translation>
    </message>
    <message>
        <location filename="../../ui/imports/wizard.py" line="55" />
        <source>Column</source>
        <translation>Column</translation>
    </message>
    <message>
        <location filename="../../ui/imports/wizard.py" line="56" />
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <location filename="../../ui/imports/wizard.py" line="56" />
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location filename="../../ui/imports/wizard.py" line="183" />
        <source>Export errors</source>
        <translation>Export errors</translation>
    </message>
    <message>
        <location filename="../../ui/imports/wizard.py" line="197" />
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../ui/imports/wizard.py" line="202" />
        <source>Cancel import</source>
        <translation>Cancel import</translation>
    </message>
    <message>
        <location filename="../../ui/imports/wizard.py" line="214" />
        <source>Importing…</source>
        <translation>Importing…</translation>
    </message>
    <message>
        <location filename="../../ui/imports/wizard.py" line="235" />
        <source>Imported.</source>
        <translation>Imported.</translation>
    </message>
    <message>
        <location filename="../../ui/imports/wizard.py" line="241" />
        <source>Cancelled; nothing was changed.</source>
        <translation>Cancelled; nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../ui/imports/wizard.py" line="259" />
        <source>Import register</source>
        <translation>Import register</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="214" />
        <source>Retrofit Planner</source>
        <translation>Retrofit Planner</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="215" />
        <source>Estates</source>
        <translation>Estates</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="216" />
        <source>Results</source>
        <translation>Results</translation>
    </message>
    <message>
        <location filename="../../ui/buildings/panel.py" line="97" />
        <location filename="../../ui/main_window.py" line="217" />
        <source>Buildings</source>
        <translation>Buildings</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="218" />
        <source>Programme dashboard</source>
        <translation>Programme dashboard</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="219" />
        <source>Compare packages</source>
        <translation>Compare packages</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="133" />
        <location filename="../../ui/main_window.py" line="220" />
        <source>Planner</source>
        <translation>Planner</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="142" />
        <source>Exported to %1</source>
        <translation>Exported to %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="222" />
        <source>Database: %1</source>
        <translation>Database: %1</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <location filename="../../ui/actions.py" line="52" />
        <source>&amp;Undo %1</source>
        <translation>&amp;Undo %1</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="53" />
        <source>&amp;Redo %1</source>
        <translation>&amp;Redo %1</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="61" />
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="62" />
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="63" />
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="64" />
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="65" />
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="68" />
        <source>&amp;New database…</source>
        <translation>&amp;New database…</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="69" />
        <source>&amp;Open database…</source>
        <translation>&amp;Open database…</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="70" />
        <source>Open the &amp;demo city</source>
        <translation>Open the &amp;demo city</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="71" />
        <source>&amp;Import register…</source>
        <translation>&amp;Import register…</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="72" />
        <source>&amp;Export register…</source>
        <translation>&amp;Export register…</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="73" />
        <source>Export this &amp;table to Excel…</source>
        <translation>Export this &amp;table to Excel…</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="74" />
        <source>&amp;Reports…</source>
        <translation>&amp;Reports…</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="75" />
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="76" />
        <source>Edit building in a &amp;form…</source>
        <translation>Edit building in a &amp;form…</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="77" />
        <source>Edit &amp;estate…</source>
        <translation>Edit &amp;estate…</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="78" />
        <source>New es&amp;tate…</source>
        <translation>New es&amp;tate…</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="79" />
        <source>New &amp;building…</source>
        <translation>New &amp;building…</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="80" />
        <source>&amp;Delete selected buildings…</source>
        <translation>&amp;Delete selected buildings…</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="81" />
        <source>Set &amp;mode for selection…</source>
        <translation>Set &amp;mode for selection…</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="82" />
        <source>Set &amp;package for selection…</source>
        <translation>Set &amp;package for selection…</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="83" />
        <source>Set planned &amp;year for selection…</source>
        <translation>Set planned &amp;year for selection…</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="84" />
        <source>&amp;Measures and packages…</source>
        <translation>&amp;Measures and packages…</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="85" />
        <source>&amp;Settings…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="86" />
        <source>&amp;All buildings</source>
        <translation>&amp;All buildings</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="87" />
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="88" />
        <source>&amp;Find estate</source>
        <translation>&amp;Find estate</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="91" />
        <source>&amp;About</source>
        <translation>&amp;About</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="92" />
        <source>Open the &amp;log folder</source>
        <translation>Open the &amp;log folder</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;User guide</translation>
    </message>
</context>
<context>
    <name>Planner</name>
    <message>
        <location filename="../../ui/planner/inputs.py" line="82" />
        <source>First year</source>
        <translation>First year</translation>
    </message>
    <message>
        <location filename="../../ui/planner/inputs.py" line="82" />
        <source>Last year</source>
        <translation>Last year</translation>
    </message>
    <message>
        <location filename="../../ui/planner/inputs.py" line="92" />
        <source>Saved coal</source>
        <translation>Saved coal</translation>
    </message>
    <message>
        <location filename="../../ui/planner/inputs.py" line="92" />
        <source>Saved CO2</source>
        <translation>Saved CO2</translation>
    </message>
    <message>
        <location filename="../../ui/planner/inputs.py" line="93" />
        <source>Freed capacity</source>
        <translation>Freed capacity</translation>
    </message>
    <message>
        <location filename="../../ui/planner/inputs.py" line="97" />
        <source>Inputs</source>
        <translation>Inputs</translation>
    </message>
    <message>
        <location filename="../../ui/planner/panel.py" line="170" />
        <source>Year by year</source>
        <translation>Year by year</translation>
    </message>
    <message>
        <location filename="../../ui/planner/inputs.py" line="98" />
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location filename="../../ui/planner/inputs.py" line="99" />
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/planner/tables.py" line="77" />
        <source>Save plan…</source>
        <translation>Save plan…</translation>
    </message>
    <message>
        <location filename="../../ui/planner/panel.py" line="172" />
        <source>The planner is not available in this version.</source>
        <translation>The planner is not available in this version.</translation>
    </message>
    <message>
        <location filename="../../ui/planner/presenter.py" line="69" />
        <location filename="../../ui/planner/presenter.py" line="85" />
        <source>Planning…</source>
        <translation>Planning…</translation>
    </message>
    <message>
        <location filename="../../ui/planner/figures.py" line="79" />
        <source>%1 (%2 % of the target)</source>
        <translation>%1 (%2 % of the target)</translation>
    </message>
    <message>
        <location filename="../../ui/planner/figures.py" line="73" />
        <source>%1; net of new load %2</source>
        <translation>%1; net of new load %2</translation>
    </message>
    <message>
        <location filename="../../ui/planner/panel.py" line="286" />
        <source>Save plan</source>
        <translation>Save plan</translation>
    </message>
    <message>
        <location filename="../../ui/planner/panel.py" line="286" />
        <location filename="../../ui/planner/tables.py" line="28" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/planner/figures.py" line="21" />
        <location filename="../../ui/planner/tables.py" line="130" />
        <source>Estates</source>
        <translation>Estates</translation>
    </message>
    <message>
        <location filename="../../ui/planner/figures.py" line="22" />
        <source>Households</source>
        <translation>Households</translation>
    </message>
    <message>
        <location filename="../../ui/planner/figures.py" line="23" />
        <source>Floor area [m²]</source>
        <translation>Floor area [m²]</translation>
    </message>
    <message>
        <location filename="../../ui/planner/cost_curve.py" line="110" />
        <location filename="../../ui/planner/figures.py" line="25" />
        <source>Saved coal [tce/a]</source>
        <translation>Saved coal [tce/a]</translation>
    </message>
    <message>
        <location filename="../../ui/planner/figures.py" line="26" />
        <source>Saved CO2 [t/a]</source>
        <translation>Saved CO2 [t/a]</translation>
    </message>
    <message>
        <location filename="../../ui/planner/figures.py" line="27" />
        <source>Freed capacity [MW]</source>
        <translation>Freed capacity [MW]</translation>
    </message>
    <message>
        <location filename="../../ui/planner/figures.py" line="36" />
        <source>Minimum consent rate</source>
        <translation>Minimum consent rate</translation>
    </message>
    <message>
        <location filename="../../ui/planner/figures.py" line="37" />
        <source>Minimum remaining life [a]</source>
        <translation>Minimum remaining life [a]</translation>
    </message>
    <message>
        <location filename="../../ui/planner/figures.py" line="38" />
        <source>CO2 factor [t/tce]</source>
        <translation>CO2 factor [t/tce]</translation>
    </message>
    <message>
        <location filename="../../ui/planner/figures.py" line="39" />
        <source>Prices</source>
        <translation>Prices</translation>
    </message>
    <message>
        <location filename="../../ui/planner/figures.py" line="40" />
        <source>Coal price [RMB/tce]</source>
        <translation>Coal price [RMB/tce]</translation>
    </message>
    <message>
        <location filename="../../ui/planner/tables.py" line="28" />
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../../ui/planner/tables.py" line="29" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/planner/tables.py" line="29" />
        <source>Saved</source>
        <translation>Saved</translation>
    </message>
    <message>
        <location filename="../../ui/planner/tables.py" line="30" />
        <source>Saved [tce/a]</source>
        <translation>Saved [tce/a]</translation>
    </message>
    <message>
        <location filename="../../ui/planner/tables.py" line="32" />
        <source>draft</source>
        <translation>draft</translation>
    </message>
    <message>
        <location filename="../../ui/planner/tables.py" line="32" />
        <source>approved</source>
        <translation>approved</translation>
    </message>
    <message>
        <location filename="../../ui/planner/figures.py" line="43" />
        <source>MILP</source>
        <translation>MILP</translation>
    </message>
    <message>
        <location filename="../../ui/planner/figures.py" line="43" />
        <source>greedy rule</source>
        <translation>greedy rule</translation>
    </message>
    <message>
        <location filename="../../ui/planner/panel.py" line="162" />
        <source>Saved plans</source>
        <translation>Saved plans</translation>
    </message>
    <message>
        <location filename="../../ui/planner/panel.py" line="163" />
        <source>Plan totals</source>
        <translation>Plan totals</translation>
    </message>
    <message>
        <location filename="../../ui/planner/panel.py" line="164" />
        <source>Mode shares (floor area)</source>
        <translation>Mode shares (floor area)</translation>
    </message>
    <message>
        <location filename="../../ui/planner/panel.py" line="165" />
        <source>Rules and assumptions</source>
        <translation>Rules and assumptions</translation>
    </message>
    <message>
        <location filename="../../ui/planner/panel.py" line="166" />
        <source>Cost by funding source</source>
        <translation>Cost by funding source</translation>
    </message>
    <message>
        <location filename="../../ui/planner/panel.py" line="167" />
        <source>Saved coal against the programme target</source>
        <translation>Saved coal against the programme target</translation>
    </message>
    <message>
        <location filename="../../ui/planner/tables.py" line="74" />
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../ui/planner/tables.py" line="75" />
        <source>Approve…</source>
        <translation>Approve…</translation>
    </message>
    <message>
        <location filename="../../ui/planner/tables.py" line="76" />
        <source>Delete…</source>
        <translation>Delete…</translation>
    </message>
    <message>
        <location filename="../../ui/planner/tables.py" line="78" />
        <source>Show the selected plan with its inputs</source>
        <translation>Show the selected plan with its inputs</translation>
    </message>
    <message>
        <location filename="../../ui/planner/tables.py" line="79" />
        <source>Approve the selected draft; an approved plan is locked</source>
        <translation>Approve the selected draft; an approved plan is locked</translation>
    </message>
    <message>
        <location filename="../../ui/planner/tables.py" line="80" />
        <source>Delete the selected draft</source>
        <translation>Delete the selected draft</translation>
    </message>
    <message>
        <location filename="../../ui/planner/tables.py" line="81" />
        <source>Save the shown plan as a draft (a new version when the name exists)</source>
        <translation>Save the shown plan as a draft (a new version when the name exists)</translation>
    </message>
    <message>
        <location filename="../../ui/planner/figures.py" line="115" />
        <source>%1 %2 % ≤ %3 % (cap kept)</source>
        <translation>%1 %2 % ≤ %3 % (cap kept)</translation>
    </message>
    <message>
        <location filename="../../ui/planner/figures.py" line="116" />
        <source>%1 %2 % &gt; %3 % (over the cap)</source>
        <translation>%1 %2 % &gt; %3 % (over the cap)</translation>
    </message>
    <message>
        <location filename="../../ui/planner/figures.py" line="134" />
        <source>%1 (shorter: rebuild)</source>
        <translation>%1 (shorter: rebuild)</translation>
    </message>
    <message>
        <location filename="../../ui/planner/figures.py" line="139" />
        <source>2010 prices</source>
        <translation>2010 prices</translation>
    </message>
    <message>
        <location filename="../../ui/planner/figures.py" line="140" />
        <source>Today's prices</source>
        <translation>Today's prices</translation>
    </message>
    <message>
        <location filename="../../ui/planner/figures.py" line="24" />
        <location filename="../../ui/planner/panel.py" line="212" />
        <location filename="../../ui/planner/tables.py" line="131" />
        <source>Cost</source>
        <translation>Cost</translation>
    </message>
    <message>
        <location filename="../../ui/planner/panel.py" line="214" />
        <location filename="../../ui/planner/tables.py" line="130" />
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <location filename="../../ui/planner/panel.py" line="217" />
        <source>Cumulative saved coal</source>
        <translation>Cumulative saved coal</translation>
    </message>
    <message>
        <location filename="../../ui/planner/panel.py" line="218" />
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <location filename="../../ui/planner/panel.py" line="218" />
        <source>tce/a</source>
        <translation>tce/a</translation>
    </message>
    <message>
        <location filename="../../ui/planner/tables.py" line="144" />
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../ui/planner/panel.py" line="221" />
        <source>Why are these estates waiting? (%1)</source>
        <translation>Why are these estates waiting? (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/planner/tables.py" line="90" />
        <source>Saved on %1</source>
        <translation>Saved on %1</translation>
    </message>
    <message>
        <location filename="../../ui/planner/tables.py" line="92" />
        <source>Approved on %1: locked</source>
        <translation>Approved on %1: locked</translation>
    </message>
    <message>
        <location filename="../../ui/planner/presenter.py" line="143" />
        <source>Saved plan “%1”, version %2 (%3).</source>
        <translation>Saved plan “%1”, version %2 (%3).</translation>
    </message>
    <message>
        <location filename="../../ui/planner/panel.py" line="268" />
        <source>Approve the plan “%1”, version %2? An approved plan is locked: it can no longer be changed or deleted.</source>
        <translation>Approve the plan “%1”, version %2? An approved plan is locked: it can no longer be changed or deleted.</translation>
    </message>
    <message>
        <location filename="../../ui/planner/panel.py" line="270" />
        <source>Approve plan</source>
        <translation>Approve plan</translation>
    </message>
    <message>
        <location filename="../../ui/planner/presenter.py" line="164" />
        <source>Plan “%1” approved.</source>
        <translation>Plan “%1” approved.</translation>
    </message>
    <message>
        <location filename="../../ui/planner/panel.py" line="278" />
        <source>Delete the plan “%1”, version %2?</source>
        <translation>Delete the plan “%1”, version %2?</translation>
    </message>
    <message>
        <location filename="../../ui/planner/panel.py" line="279" />
        <source>Delete plan</source>
        <translation>Delete plan</translation>
    </message>
    <message>
        <location filename="../../ui/planner/presenter.py" line="168" />
        <source>Plan “%1” deleted.</source>
        <translation>Plan “%1” deleted.</translation>
    </message>
    <message>
        <location filename="../../ui/planner/presenter.py" line="193" />
        <source>Saved as draft “%1”.</source>
        <translation>Saved as draft “%1”.</translation>
    </message>
    <message>
        <location filename="../../ui/planner/presenter.py" line="111" />
        <source>Plan ready: %1 estates, %2 tce/a saved.</source>
        <translation>Plan ready: %1 estates, %2 tce/a saved.</translation>
    </message>
    <message>
        <location filename="../../ui/planner/inputs.py" line="84" />
        <source>Rebuild cap</source>
        <translation>Rebuild cap</translation>
    </message>
    <message>
        <location filename="../../ui/planner/inputs.py" line="85" />
        <source>Minimum rebuild share</source>
        <translation>Minimum rebuild share</translation>
    </message>
    <message>
        <location filename="../../ui/planner/inputs.py" line="85" />
        <source>Choose modes</source>
        <translation>Choose modes</translation>
    </message>
    <message>
        <location filename="../../ui/planner/inputs.py" line="86" />
        <source>Aim</source>
        <translation>Aim</translation>
    </message>
    <message>
        <location filename="../../ui/planner/inputs.py" line="86" />
        <source>Measure</source>
        <translation>Measure</translation>
    </message>
    <message>
        <location filename="../../ui/planner/inputs.py" line="87" />
        <source>Target (least cost)</source>
        <translation>Target (least cost)</translation>
    </message>
    <message>
        <location filename="../../ui/planner/inputs.py" line="87" />
        <source>Time limit</source>
        <translation>Time limit</translation>
    </message>
    <message>
        <location filename="../../ui/planner/inputs.py" line="90" />
        <source>Let the planner choose each estate's modes among those its buildings allow</source>
        <translation>Let the planner choose each estate's modes among those its buildings allow</translation>
    </message>
    <message>
        <location filename="../../ui/planner/inputs.py" line="94" />
        <source>Most saving within the budget</source>
        <translation>Most saving within the budget</translation>
    </message>
    <message>
        <location filename="../../ui/planner/inputs.py" line="95" />
        <source>Least cost to reach the target</source>
        <translation>Least cost to reach the target</translation>
    </message>
    <message>
        <location filename="../../ui/planner/cost_curve.py" line="61" />
        <source>Target %1 tce/a</source>
        <translation>Target %1 tce/a</translation>
    </message>
    <message>
        <location filename="../../ui/planner/cost_curve.py" line="67" />
        <source>RMB per tce/a</source>
        <translation>RMB per tce/a</translation>
    </message>
    <message>
        <location filename="../../ui/planner/figures.py" line="28" />
        <source>Cost per tce/a [RMB]</source>
        <translation>Cost per tce/a [RMB]</translation>
    </message>
    <message>
        <location filename="../../ui/planner/figures.py" line="29" />
        <source>Cost per kW freed [RMB]</source>
        <translation>Cost per kW freed [RMB]</translation>
    </message>
    <message>
        <location filename="../../ui/planner/figures.py" line="30" />
        <source>Heat company's payback [a]</source>
        <translation>Heat company's payback [a]</translation>
    </message>
    <message>
        <location filename="../../ui/planner/figures.py" line="31" />
        <source>City's payback [a]</source>
        <translation>City's payback [a]</translation>
    </message>
    <message>
        <location filename="../../ui/planner/figures.py" line="33" />
        <source>Solver</source>
        <translation>Solver</translation>
    </message>
    <message>
        <location filename="../../ui/planner/figures.py" line="41" />
        <source>Discount rate, coal-price escalation</source>
        <translation>Discount rate, coal-price escalation</translation>
    </message>
    <message>
        <location filename="../../ui/planner/panel.py" line="168" />
        <source>Cost per tonne (cost curve)</source>
        <translation>Cost per tonne (cost curve)</translation>
    </message>
    <message>
        <location filename="../../ui/planner/figures.py" line="120" />
        <source>, at least %1 %</source>
        <translation>, at least %1 %</translation>
    </message>
    <message>
        <location filename="../../ui/planner/presenter.py" line="80" />
        <source>Cancelling…</source>
        <translation>Cancelling…</translation>
    </message>
    <message>
        <location filename="../../ui/planner/presenter.py" line="99" />
        <source>Cancelled: no plan was made.</source>
        <translation>Cancelled: no plan was made.</translation>
    </message>
    <message>
        <location filename="../../ui/planner/inputs.py" line="83" />
        <source>Budget per year [%1]</source>
        <translation>Budget per year [%1]</translation>
    </message>
    <message>
        <location filename="../../ui/planner/figures.py" line="32" />
        <source>Net present value</source>
        <translation>Net present value</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <location filename="../../ui/reports/dialog.py" line="38" />
        <source>Estate retrofit plan</source>
        <translation>Estate retrofit plan</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dialog.py" line="39" />
        <source>Residents' summary</source>
        <translation>Residents' summary</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dialog.py" line="40" />
        <source>Programme report (city)</source>
        <translation>Programme report (city)</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dialog.py" line="52" />
        <source>Reports</source>
        <translation>Reports</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dialog.py" line="69" />
        <source>Browse…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dialog.py" line="78" />
        <source>Create PDFs</source>
        <translation>Create PDFs</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dialog.py" line="84" />
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dialog.py" line="85" />
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dialog.py" line="86" />
        <location filename="../../ui/reports/dialog.py" line="97" />
        <source>Folder</source>
        <translation>Folder</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dialog.py" line="88" />
        <source>Estates</source>
        <translation>Estates</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dialog.py" line="110" />
        <source>Choose at least one estate.</source>
        <translation>Choose at least one estate.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dialog.py" line="117" />
        <source>Creating reports…</source>
        <translation>Creating reports…</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dialog.py" line="152" />
        <source>Cancelled.</source>
        <translation>Cancelled.</translation>
    </message>
<message numerus="yes">
        <location filename="../../ui/reports/dialog.py" line="126" />
        <source>%Ln PDF file(s) created.</source>
        <translation>
            <numerusform>%Ln PDF file created.</numerusform>
            <numerusform>%Ln PDF files created.</numerusform></translation>
    </message>
        <message>
        <source>%1 of %2 estates ticked</source>
        <translation>%1 of %2 estates ticked</translation>
    </message>
    <message>
        <source>All districts</source>
        <translation>All districts</translation>
    </message>
    <message>
        <source>Any planned year</source>
        <translation>Any planned year</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>District</source>
        <translation>District</translation>
    </message>
    <message>
        <source>No saved plan</source>
        <translation>No saved plan</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Open folder</translation>
    </message>
    <message>
        <source>Planned year</source>
        <translation>Planned year</translation>
    </message>
    <message>
        <source>Saved plan</source>
        <translation>Saved plan</translation>
    </message>
    <message>
        <source>Search estate, district or address</source>
        <translation>Search estate, district or address</translation>
    </message>
    <message>
        <source>Select all</source>
        <translation>Select all</translation>
    </message>
    <message>
        <source>Select none</source>
        <translation>Select none</translation>
    </message>
    <message>
        <source>The folder cannot be made: %1</source>
        <translation>The folder cannot be made: %1</translation>
    </message>
    <message>
        <source>Verification of the savings (estate)</source>
        <translation>Verification of the savings (estate)</translation>
    </message>
</context>
<context>
    <name>ResultsPanel</name>
    <message>
        <location filename="../../ui/results/panel.py" line="38" />
        <source>Selection</source>
        <translation>Selection</translation>
    </message>
    <message>
        <location filename="../../ui/results/panel.py" line="39" />
        <source>Floor area [m²]</source>
        <translation>Floor area [m²]</translation>
    </message>
    <message>
        <location filename="../../ui/results/panel.py" line="40" />
        <source>q_H before → after [W/m²]</source>
        <translation>q_H before → after [W/m²]</translation>
    </message>
    <message>
        <location filename="../../ui/results/panel.py" line="41" />
        <source>Coal index before → after [kgce/m²]</source>
        <translation>Coal index before → after [kgce/m²]</translation>
    </message>
    <message>
        <location filename="../../ui/results/panel.py" line="42" />
        <source>Saved coal [tce/a]</source>
        <translation>Saved coal [tce/a]</translation>
    </message>
    <message>
        <location filename="../../ui/results/panel.py" line="43" />
        <source>Saved coal P10–P90 [tce/a]</source>
        <translation>Saved coal P10–P90 [tce/a]</translation>
    </message>
    <message>
        <location filename="../../ui/results/panel.py" line="44" />
        <source>Saved CO2 [t/a]</source>
        <translation>Saved CO2 [t/a]</translation>
    </message>
    <message>
        <location filename="../../ui/results/panel.py" line="45" />
        <source>Freed capacity [MW]</source>
        <translation>Freed capacity [MW]</translation>
    </message>
    <message>
        <location filename="../../ui/results/panel.py" line="47" />
        <source>Cost per household [RMB]</source>
        <translation>Cost per household [RMB]</translation>
    </message>
    <message>
        <location filename="../../ui/results/panel.py" line="96" />
        <source>Results</source>
        <translation>Results</translation>
    </message>
    <message>
        <location filename="../../ui/results/panel.py" line="97" />
        <source>Before and after</source>
        <translation>Before and after</translation>
    </message>
    <message>
        <location filename="../../ui/results/panel.py" line="98" />
        <source>Funding per household [RMB]</source>
        <translation>Funding per household [RMB]</translation>
    </message>
    <message>
        <location filename="../../ui/results/panel.py" line="99" />
        <source>Notices</source>
        <translation>Notices</translation>
    </message>
    <message>
        <location filename="../../ui/results/panel.py" line="110" />
        <source>Calculating the whole city…</source>
        <translation>Calculating the whole city…</translation>
    </message>
    <message>
        <location filename="../../ui/results/panel.py" line="125" />
        <source>q_H [W/m²]</source>
        <translation>q_H [W/m²]</translation>
    </message>
    <message>
        <location filename="../../ui/results/panel.py" line="126" />
        <source>Coal [kgce/m²]</source>
        <translation>Coal [kgce/m²]</translation>
    </message>
    <message>
        <location filename="../../ui/results/panel.py" line="128" />
        <source>before</source>
        <translation>before</translation>
    </message>
    <message>
        <location filename="../../ui/results/panel.py" line="128" />
        <source>after</source>
        <translation>after</translation>
    </message>
    <message>
        <location filename="../../ui/results/panel.py" line="46" />
        <source>Cost</source>
        <translation>Cost</translation>
    </message>
<message numerus="yes">
        <location filename="../../ui/results/panel.py" line="133" />
        <source>%Ln selected building(s)</source>
        <translation>
            <numerusform>%Ln selected building</numerusform>
            <numerusform>%Ln selected buildings</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/results/panel.py" line="135" />
        <source>Whole city, %Ln building(s)</source>
        <translation>
            <numerusform>Whole city, %Ln building</numerusform>
            <numerusform>Whole city, %Ln buildings</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/results/panel.py" line="136" />
        <source>Estate, %Ln building(s)</source>
        <translation>
            <numerusform>Estate, %Ln building</numerusform>
            <numerusform>Estate, %Ln buildings</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/results/panel.py" />
        <source>Added floor area [m²]</source>
        <translation>Added floor area [m²]</translation>
    </message>
    <message>
        <location filename="../../ui/results/panel.py" />
        <source>New load: coal [tce/a] · plant [MW]</source>
        <translation>New load: coal [tce/a] · plant [MW]</translation>
    </message>
    <message>
        <location filename="../../ui/results/panel.py" />
        <source>%1 (net %2)</source>
        <translation>%1 (net %2)</translation>
    </message>
    </context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../ui/preferences/dialog.py" line="84" />
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../ui/preferences/dialog.py" line="91" />
        <source>2010 prices</source>
        <translation>2010 prices</translation>
    </message>
    <message>
        <location filename="../../ui/preferences/dialog.py" line="92" />
        <source>Today's prices</source>
        <translation>Today's prices</translation>
    </message>
    <message>
        <location filename="../../ui/preferences/dialog.py" line="125" />
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../ui/preferences/dialog.py" line="138" />
        <source>CO2 preset</source>
        <translation>CO2 preset</translation>
    </message>
    <message>
        <location filename="../../ui/preferences/dialog.py" line="126" />
        <source>Price basis</source>
        <translation>Price basis</translation>
    </message>
    <message>
        <location filename="../../ui/preferences/dialog.py" line="130" />
        <source>CO2</source>
        <translation>CO2</translation>
    </message>
    <message>
        <location filename="../../ui/preferences/dialog.py" line="98" />
        <source>Custom (typed in)</source>
        <translation>Custom (typed in)</translation>
    </message>
    <message>
        <location filename="../../ui/preferences/dialog.py" line="123" />
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <location filename="../../ui/preferences/dialog.py" line="131" />
        <source>Prices and funding</source>
        <translation>Prices and funding</translation>
    </message>
    <message>
        <location filename="../../ui/preferences/dialog.py" line="133" />
        <source>Programme rules</source>
        <translation>Programme rules</translation>
    </message>
    <message>
        <location filename="../../ui/preferences/dialog.py" line="140" />
        <source>Reports: contractor's bill and residents' letter</source>
        <translation>Reports: contractor's bill and residents' letter</translation>
    </message>
    <message>
        <location filename="../../ui/preferences/dialog.py" line="132" />
        <source>Method</source>
        <translation>Method</translation>
    </message>
</context>
<context>
    <name>Tasks</name>
    <message>
        <location filename="../../ui/tasks.py" line="118" />
        <source>Working</source>
        <translation>Working</translation>
    </message>
    <message>
        <location filename="../../ui/tasks.py" line="119" />
        <source>Working…</source>
        <translation>Working…</translation>
    </message>
    <message>
        <location filename="../../ui/tasks.py" line="120" />
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <source>&lt;h3&gt;Retrofit Planner %1&lt;/h3&gt;&lt;p&gt;Energy retrofits of old housing estates in northern China&apos;s district-heating cities: records, the JGJ 26 degree-day method, the programme year by year, plans and summaries as PDF.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Retrofit Planner %1&lt;/h3&gt;&lt;p&gt;Energy retrofits of old housing estates in northern China&apos;s district-heating cities: records, the JGJ 26 degree-day method, the programme year by year, plans and summaries as PDF.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About Retrofit Planner</source>
        <translation>About Retrofit Planner</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>User guide</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Drive</source>
        <translation>Drive</translation>
    </message>
    <message>
        <source>Folder</source>
        <comment>All other platforms</comment>
        <translation>Folder</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Look in:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>Files of &amp;type:</translation>
    </message>
</context>
</TS>
