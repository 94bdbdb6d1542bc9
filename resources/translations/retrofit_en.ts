<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>BuildingForm</name>
    <message>
        <location filename="../../ui/buildings/form.py" line="28"/>
        <source>Building %1</source>
        <translation>Building %1</translation>
    </message>
</context>
<context>
    <name>BuildingTable</name>
    <message>
        <source>Not saved yet: the database was busy. Press Enter on the cell to save it.</source>
        <translation>Not saved yet: the database was busy. Press Enter on the cell to save it.</translation>
    </message>
    <message>
        <location filename="../../ui/buildings/table_model.py" line="55"/>
        <location filename="../../ui/buildings/table_model.py" line="250"/>
        <source>default</source>
        <translation>default</translation>
    </message>
    <message>
        <location filename="../../ui/buildings/table_model.py" line="271"/>
        <source>Not entered: the default applies</source>
        <translation>Not entered: the default applies</translation>
    </message>
    <message>
        <location filename="../../ui/buildings/delegates.py" line="44"/>
        <source>(not entered)</source>
        <translation>(not entered)</translation>
    </message>
</context>
<context>
    <name>BuildingsPanel</name>
    <message>
        <location filename="../../ui/buildings/panel.py" line="96"/>
        <source>All buildings</source>
        <translation>All buildings</translation>
    </message>
    <message>
        <location filename="../../ui/buildings/panel.py" line="108"/>
        <source>Nothing was changed</source>
        <translation>Nothing was changed</translation>
    </message>
    <message>
        <location filename="../../ui/buildings/panel.py" line="132"/>
        <source>Filter buildings…</source>
        <translation>Filter buildings…</translation>
    </message>
    <message>
        <location filename="../../ui/buildings/panel.py" line="133"/>
        <source>Set for selection</source>
        <translation>Set for selection</translation>
    </message>
    <message>
        <location filename="../../ui/buildings/panel.py" line="136"/>
        <source>Edit form…</source>
        <translation>Edit form…</translation>
    </message>
    <message>
        <location filename="../../ui/buildings/panel.py" line="137"/>
        <source>Edit the current building in a form (F2 edits a cell)</source>
        <translation>Edit the current building in a form (F2 edits a cell)</translation>
    </message>
    <message>
        <location filename="../../ui/buildings/panel.py" line="139"/>
        <source>Mode…</source>
        <translation>Mode…</translation>
    </message>
    <message>
        <location filename="../../ui/buildings/panel.py" line="140"/>
        <source>Package…</source>
        <translation>Package…</translation>
    </message>
    <message>
        <location filename="../../ui/buildings/panel.py" line="141"/>
        <source>Planned year…</source>
        <translation>Planned year…</translation>
    </message>
    <message>
        <location filename="../../ui/buildings/panel.py" line="158"/>
        <source>All buildings: %Ln</source>
        <translation>All buildings: %Ln</translation>
    </message>
    <message>
        <location filename="../../ui/buildings/panel.py" line="160"/>
        <source>Buildings: %Ln</source>
        <translation>Buildings: %Ln</translation>
    </message>
    <message>
        <location filename="../../ui/buildings/panel.py" line="246"/>
        <source>New building</source>
        <translation>New building</translation>
    </message>
    <message>
        <location filename="../../ui/buildings/panel.py" line="256"/>
        <source>Delete buildings</source>
        <translation>Delete buildings</translation>
    </message>
    <message>
        <location filename="../../ui/buildings/excel.py" line="90"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <location filename="../../ui/buildings/excel.py" line="91"/>
        <source>Copy with &amp;headers</source>
        <translation>Copy with &amp;headers</translation>
    </message>
    <message>
        <location filename="../../ui/buildings/excel.py" line="92"/>
        <source>&amp;Paste</source>
        <translation>&amp;Paste</translation>
    </message>
    <message>
        <location filename="../../ui/buildings/excel.py" line="93"/>
        <source>Fill &amp;down</source>
        <translation>Fill &amp;down</translation>
    </message>
    <message>
        <location filename="../../ui/buildings/panel.py" line="134"/>
        <source>Set mode, package, planned year or the works for all selected buildings</source>
        <translation>Set mode, package, planned year or the works for all selected buildings</translation>
    </message>
    <message>
        <location filename="../../ui/buildings/panel.py" line="142"/>
        <source>Works: status, dates, cost, contractor…</source>
        <translation>Works: status, dates, cost, contractor…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/buildings/works.py" line="45"/>
        <source>Works of %Ln building(s)</source>
        <translation>
            <numerusform>Works of %Ln building</numerusform>
            <numerusform>Works of %Ln buildings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %Ln building(s)? (Undo brings them back.)</source>
        <translation>
            <numerusform>Delete %Ln building? (Undo brings it back.)</numerusform>
            <numerusform>Delete %Ln buildings? (Undo brings them back.)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Catalogue</name>
    <message>
        <location filename="../../ui/catalogue/dialog.py" line="24"/>
        <source>Measures and packages</source>
        <translation>Measures and packages</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue/packages.py" line="46"/>
        <source>Save package</source>
        <translation>Save package</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue/packages.py" line="47"/>
        <source>New package…</source>
        <translation>New package…</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue/dialog.py" line="29"/>
        <source>Measures</source>
        <translation>Measures</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue/dialog.py" line="30"/>
        <source>Packages</source>
        <translation>Packages</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue/packages.py" line="158"/>
        <source>New package</source>
        <translation>New package</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue/measures.py" line="44"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue/packages.py" line="167"/>
        <source>%1 (copy)</source>
        <translation>%1 (copy)</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue/measures.py" line="96"/>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue/measures.py" line="196"/>
        <source>Copy</source>
        <translation>Copy</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue/packages.py" line="166"/>
        <source>Copy package</source>
        <translation>Copy package</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue/packages.py" line="48"/>
        <source>Copy package…</source>
        <translation>Copy package…</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue/measures.py" line="199"/>
        <location filename="../../ui/catalogue/packages.py" line="50"/>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue/measures.py" line="197"/>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue/measures.py" line="44"/>
        <location filename="../../ui/catalogue/measures.py" line="94"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue/packages.py" line="58"/>
        <source>Measures in the package</source>
        <translation>Measures in the package</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue/packages.py" line="140"/>
        <source>Name of the package</source>
        <translation>Name of the package</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue/measures.py" line="286"/>
        <source>New measure</source>
        <translation>New measure</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue/measures.py" line="195"/>
        <source>New measure…</source>
        <translation>New measure…</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue/measures.py" line="46"/>
        <source>Parameters</source>
        <translation>Parameters</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue/measures.py" line="166"/>
        <source>Please fill in: %1</source>
        <translation>Please fill in: %1</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue/measures.py" line="44"/>
        <location filename="../../ui/catalogue/measures.py" line="95"/>
        <source>Priced per</source>
        <translation>Priced per</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue/measures.py" line="198"/>
        <location filename="../../ui/catalogue/packages.py" line="49"/>
        <source>Reset to default</source>
        <translation>Reset to default</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue/measures.py" line="46"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue/measures.py" line="45"/>
        <source>Unit price 2010 [RMB]</source>
        <translation>Unit price 2010 [RMB]</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue/measures.py" line="45"/>
        <source>Unit price today [RMB]</source>
        <translation>Unit price today [RMB]</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue/measures.py" line="50"/>
        <source>as shipped</source>
        <translation>as shipped</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue/measures.py" line="50"/>
        <source>changed</source>
        <translation>changed</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue/measures.py" line="51"/>
        <source>own</source>
        <translation>own</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue/packages.py" line="109"/>
        <source>“No measures” stays empty.</source>
        <translation>“No measures” stays empty.</translation>
    </message>
</context>
<context>
    <name>Choices</name>
    <message>
        <location filename="../../ui/fields.py" line="103"/>
        <source>yes</source>
        <extracomment>The vocabulary&apos;s units as an English text shows them (a count&apos;s unit goes without saying). The building table&apos;s columns and the building form&apos;s rows, in this order. Fields the method fills in when they are not entered (method.md §2, §6; shown as defaulted). Every choice the app names: structures, modes, statuses and the shipped packages.</extracomment>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../../ui/fields.py" line="103"/>
        <source>no</source>
        <translation>no</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <location filename="../../ui/buildings/commands.py" line="27"/>
        <source>Edit %1</source>
        <translation>Edit %1</translation>
    </message>
    <message>
        <location filename="../../ui/buildings/presenter.py" line="172"/>
        <source>Set %1</source>
        <translation>Set %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/buildings/presenter.py" line="173"/>
        <source>Set %1 on %Ln building(s)</source>
        <translation>
            <numerusform>Set %1 on %Ln building</numerusform>
            <numerusform>Set %1 on %Ln buildings</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/buildings/presenter.py" line="215"/>
        <location filename="../../ui/buildings/presenter.py" line="219"/>
        <source>Edit building</source>
        <translation>Edit building</translation>
    </message>
    <message>
        <location filename="../../ui/buildings/presenter.py" line="228"/>
        <source>Add building</source>
        <translation>Add building</translation>
    </message>
    <message>
        <location filename="../../ui/estates/presenter.py" line="211"/>
        <source>Edit estate</source>
        <translation>Edit estate</translation>
    </message>
    <message>
        <location filename="../../ui/estates/presenter.py" line="236"/>
        <source>Add estate</source>
        <translation>Add estate</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/buildings/excel.py" line="239"/>
        <source>Paste %Ln cell(s)</source>
        <translation>
            <numerusform>Paste %Ln cell</numerusform>
            <numerusform>Paste %Ln cells</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/buildings/works.py" line="40"/>
        <source>Set the works of %Ln building(s)</source>
        <translation>
            <numerusform>Set the works of %Ln building</numerusform>
            <numerusform>Set the works of %Ln buildings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %Ln building(s)</source>
        <translation>
            <numerusform>Delete %Ln building</numerusform>
            <numerusform>Delete %Ln buildings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Fill down %Ln cell(s)</source>
        <translation>
            <numerusform>Fill down %Ln cell</numerusform>
            <numerusform>Fill down %Ln cells</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Compare</name>
    <message>
        <location filename="../../ui/compare/panel.py" line="24"/>
        <source>q_H after [W/m²]</source>
        <translation>q_H after [W/m²]</translation>
    </message>
    <message>
        <location filename="../../ui/compare/panel.py" line="25"/>
        <location filename="../../ui/compare/panel.py" line="167"/>
        <source>Coal index after [kgce/m²]</source>
        <translation>Coal index after [kgce/m²]</translation>
    </message>
    <message>
        <location filename="../../ui/compare/panel.py" line="26"/>
        <location filename="../../ui/compare/panel.py" line="164"/>
        <source>Saved coal [tce/a]</source>
        <translation>Saved coal [tce/a]</translation>
    </message>
    <message>
        <location filename="../../ui/compare/panel.py" line="27"/>
        <source>Saved coal P10–P90 [tce/a]</source>
        <translation>Saved coal P10–P90 [tce/a]</translation>
    </message>
    <message>
        <location filename="../../ui/compare/panel.py" line="28"/>
        <source>Saved CO2 [t/a]</source>
        <translation>Saved CO2 [t/a]</translation>
    </message>
    <message>
        <location filename="../../ui/compare/panel.py" line="29"/>
        <location filename="../../ui/compare/panel.py" line="165"/>
        <source>Freed capacity [MW]</source>
        <translation>Freed capacity [MW]</translation>
    </message>
    <message>
        <location filename="../../ui/compare/panel.py" line="31"/>
        <source>Cost per saved tce [RMB]</source>
        <translation>Cost per saved tce [RMB]</translation>
    </message>
    <message>
        <location filename="../../ui/compare/panel.py" line="92"/>
        <source>Third package:</source>
        <translation>Third package:</translation>
    </message>
    <message>
        <location filename="../../ui/compare/panel.py" line="138"/>
        <source>Select an estate to compare packages.</source>
        <translation>Select an estate to compare packages.</translation>
    </message>
    <message>
        <location filename="../../ui/compare/panel.py" line="141"/>
        <source>Packages for %1 (nothing is saved)</source>
        <translation>Packages for %1 (nothing is saved)</translation>
    </message>
    <message>
        <location filename="../../ui/compare/panel.py" line="30"/>
        <location filename="../../ui/compare/panel.py" line="166"/>
        <source>Cost</source>
        <translation>Cost</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <location filename="../../ui/dashboard/panel.py" line="37"/>
        <location filename="../../ui/dashboard/panel.py" line="45"/>
        <source>Saved coal [tce/a]</source>
        <extracomment>The key of each target&apos;s figure net of the new load (``Estimate.totals``).</extracomment>
        <translation>Saved coal [tce/a]</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/panel.py" line="38"/>
        <location filename="../../ui/dashboard/panel.py" line="46"/>
        <source>Saved CO2 [t/a]</source>
        <translation>Saved CO2 [t/a]</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/panel.py" line="39"/>
        <location filename="../../ui/dashboard/panel.py" line="47"/>
        <source>Freed capacity [MW]</source>
        <translation>Freed capacity [MW]</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/panel.py" line="42"/>
        <source>District</source>
        <translation>District</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/panel.py" line="42"/>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/panel.py" line="43"/>
        <source>Buildings</source>
        <translation>Buildings</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/panel.py" line="44"/>
        <source>Floor area [m²]</source>
        <translation>Floor area [m²]</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/panel.py" line="50"/>
        <source>Extra floor area [m²]</source>
        <translation>Extra floor area [m²]</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/panel.py" line="51"/>
        <source>Coal before [tce/a]</source>
        <translation>Coal before [tce/a]</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/panel.py" line="52"/>
        <source>Coal after [tce/a]</source>
        <translation>Coal after [tce/a]</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/panel.py" line="53"/>
        <source>Cumulative saved coal [tce/a]</source>
        <translation>Cumulative saved coal [tce/a]</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/panel.py" line="54"/>
        <source>Households</source>
        <translation>Households</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/panel.py" line="56"/>
        <source>Estates</source>
        <translation>Estates</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/panel.py" line="57"/>
        <source>Share</source>
        <translation>Share</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/panel.py" line="58"/>
        <source>Key</source>
        <translation>Key</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/panel.py" line="58"/>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/panel.py" line="105"/>
        <source>Recalculate</source>
        <translation>Recalculate</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/panel.py" line="106"/>
        <source>City totals against the programme targets</source>
        <translation>City totals against the programme targets</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/panel.py" line="107"/>
        <source>Mode shares (floor area)</source>
        <translation>Mode shares (floor area)</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/panel.py" line="108"/>
        <source>By district</source>
        <translation>By district</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/panel.py" line="109"/>
        <source>By planned year</source>
        <translation>By planned year</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/panel.py" line="122"/>
        <source>Calculating the whole city…</source>
        <translation>Calculating the whole city…</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/panel.py" line="189"/>
        <source>Rebuild share within the cap of %1 %</source>
        <translation>Rebuild share within the cap of %1 %</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/panel.py" line="190"/>
        <source>Rebuild share exceeds the cap of %1 %</source>
        <translation>Rebuild share exceeds the cap of %1 %</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/panel.py" line="49"/>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/panel.py" line="48"/>
        <source>Cost</source>
        <translation>Cost</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/panel.py" line="55"/>
        <source>Surplus</source>
        <translation>Surplus</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/panel.py" line="161"/>
        <source>net of new load %1 (%2)</source>
        <translation>net of new load %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/panel.py" line="165"/>
        <source>New load of the %1 m² that added storeys and rebuilds add: %2 tce/a, %3 MW; the targets are gross</source>
        <translation>New load of the %1 m² that added storeys and rebuilds add: %2 tce/a, %3 MW; the targets are gross</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/progress.py" line="19"/>
        <location filename="../../ui/dashboard/progress.py" line="60"/>
        <source>Planned</source>
        <translation>Planned</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/progress.py" line="20"/>
        <source>Design</source>
        <translation>Design</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/progress.py" line="21"/>
        <source>Under construction</source>
        <translation>Under construction</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/progress.py" line="22"/>
        <location filename="../../ui/dashboard/progress.py" line="60"/>
        <source>Completed</source>
        <translation>Completed</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/progress.py" line="49"/>
        <source>Programme progress: works and verified savings</source>
        <translation>Programme progress: works and verified savings</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/progress.py" line="61"/>
        <source>Floor area by year [10,000 m²]</source>
        <translation>Floor area by year [10,000 m²]</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/progress.py" line="66"/>
        <source>Predicted (completed)</source>
        <translation>Predicted (completed)</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/progress.py" line="67"/>
        <source>Measured (verified)</source>
        <translation>Measured (verified)</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/progress.py" line="68"/>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/progress.py" line="69"/>
        <source>Cumulative coal saving [tce/a]</source>
        <translation>Cumulative coal saving [tce/a]</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/progress.py" line="73"/>
        <source>Measured saving %1 tce/a (%2 % of the target) from %3 verified buildings; realisation rate %4.</source>
        <translation>Measured saving %1 tce/a (%2 % of the target) from %3 verified buildings; realisation rate %4.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <location filename="../../ui/database.py" line="50"/>
        <source>New database</source>
        <translation>New database</translation>
    </message>
    <message>
        <location filename="../../ui/database.py" line="51"/>
        <source>SQLite database (*.sqlite *.db)</source>
        <translation>SQLite database (*.sqlite *.db)</translation>
    </message>
    <message>
        <location filename="../../ui/database.py" line="58"/>
        <source>A database file on this computer…</source>
        <translation>A database file on this computer…</translation>
    </message>
    <message>
        <location filename="../../ui/database.py" line="59"/>
        <source>A shared PostgreSQL database (URL)…</source>
        <translation>A shared PostgreSQL database (URL)…</translation>
    </message>
    <message>
        <location filename="../../ui/database.py" line="61"/>
        <location filename="../../ui/database.py" line="66"/>
        <location filename="../../ui/database.py" line="71"/>
        <source>Open database</source>
        <translation>Open database</translation>
    </message>
    <message>
        <location filename="../../ui/database.py" line="61"/>
        <source>Open:</source>
        <translation>Open:</translation>
    </message>
    <message>
        <location filename="../../ui/database.py" line="67"/>
        <source>SQLite database (*.sqlite *.db);;All files (*)</source>
        <translation>SQLite database (*.sqlite *.db);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../ui/database.py" line="72"/>
        <source>URL, e.g. postgresql+psycopg://user@server/retrofit</source>
        <translation>URL, e.g. postgresql+psycopg://user@server/retrofit</translation>
    </message>
    <message>
        <location filename="../../ui/database.py" line="121"/>
        <source>Export register</source>
        <translation>Export register</translation>
    </message>
    <message>
        <location filename="../../ui/database.py" line="112"/>
        <location filename="../../ui/database.py" line="123"/>
        <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel workbook (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/database.py" line="117"/>
        <location filename="../../ui/database.py" line="128"/>
        <source>Exporting…</source>
        <translation>Exporting…</translation>
    </message>
    <message>
        <location filename="../../ui/database.py" line="139"/>
        <source>Reports</source>
        <translation>Reports</translation>
    </message>
    <message>
        <location filename="../../ui/database.py" line="140"/>
        <source>Reports are not available with this database.</source>
        <translation>Reports are not available with this database.</translation>
    </message>
    <message>
        <location filename="../../ui/database.py" line="110"/>
        <source>Export meter register</source>
        <translation>Export meter register</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln building(s)</source>
        <translation>
            <numerusform>Exported %Ln building</numerusform>
            <numerusform>Exported %Ln buildings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln reading(s)</source>
        <translation>
            <numerusform>Exported %Ln reading</numerusform>
            <numerusform>Exported %Ln readings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Your change is kept. Retry now, or later press Enter on the cell to save it.</source>
        <translation>Your change is kept. Retry now, or later press Enter on the cell to save it.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="93"/>
        <source>Copy details</source>
        <translation>Copy details</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="61"/>
        <source>Retrofit Planner</source>
        <extracomment>The log file of the desktop app, once :func:`setup_logging` ran.</extracomment>
        <translation>Retrofit Planner</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="70"/>
        <source>The row was reloaded with the stored values.</source>
        <translation>The row was reloaded with the stored values.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="80"/>
        <source>Unexpected error</source>
        <translation>Unexpected error</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="81"/>
        <source>Something went wrong. Your saved data is safe; the details are in the log file.</source>
        <translation>Something went wrong. Your saved data is safe; the details are in the log file.</translation>
    </message>
    <message>
        <source>Log file:</source>
        <translation>Log file:</translation>
    </message>
</context>
<context>
    <name>EstateTree</name>
    <message>
        <location filename="../../ui/estates/tree_model.py" line="108"/>
        <source>Estate</source>
        <translation>Estate</translation>
    </message>
    <message>
        <location filename="../../ui/estates/tree_model.py" line="109"/>
        <source>Buildings</source>
        <translation>Buildings</translation>
    </message>
    <message>
        <location filename="../../ui/estates/tree_model.py" line="82"/>
        <location filename="../../ui/estates/tree_model.py" line="112"/>
        <source>All buildings</source>
        <extracomment>Inputs whose absence counts as &quot;missing data&quot; (the engine then uses typical defaults).</extracomment>
        <translation>All buildings</translation>
    </message>
    <message>
        <location filename="../../ui/estates/tree_model.py" line="88"/>
        <source>(no district)</source>
        <translation>(no district)</translation>
    </message>
</context>
<context>
    <name>EstatesPanel</name>
    <message>
        <location filename="../../ui/estates/panel.py" line="79"/>
        <source>Search estate, address or building no.</source>
        <translation>Search estate, address or building no.</translation>
    </message>
    <message>
        <location filename="../../ui/estates/panel.py" line="80"/>
        <source>Consent below threshold</source>
        <translation>Consent below threshold</translation>
    </message>
    <message>
        <location filename="../../ui/estates/panel.py" line="81"/>
        <source>Missing data</source>
        <translation>Missing data</translation>
    </message>
    <message>
        <location filename="../../ui/estates/panel.py" line="82"/>
        <source>Edit estate…</source>
        <translation>Edit estate…</translation>
    </message>
    <message>
        <location filename="../../ui/estates/panel.py" line="129"/>
        <source>Any mode</source>
        <translation>Any mode</translation>
    </message>
    <message>
        <location filename="../../ui/estates/panel.py" line="130"/>
        <source>Any package</source>
        <translation>Any package</translation>
    </message>
    <message>
        <location filename="../../ui/estates/panel.py" line="131"/>
        <source>Any year</source>
        <translation>Any year</translation>
    </message>
    <message>
        <location filename="../../ui/estates/panel.py" line="185"/>
        <source>New estate</source>
        <translation>New estate</translation>
    </message>
    <message>
        <location filename="../../ui/estates/panel.py" line="197"/>
        <source>Estate %1</source>
        <translation>Estate %1</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <location filename="../../ui/export.py" line="118"/>
        <source>Export to Excel</source>
        <translation>Export to Excel</translation>
    </message>
    <message>
        <location filename="../../ui/export.py" line="119"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/export.py" line="146"/>
        <source>Writing %1…</source>
        <translation>Writing %1…</translation>
    </message>
    <message>
        <location filename="../../ui/export.py" line="161"/>
        <location filename="../../ui/export.py" line="171"/>
        <source>Export to Excel…</source>
        <translation>Export to Excel…</translation>
    </message>
</context>
<context>
    <name>FirstRun</name>
    <message>
        <location filename="../../ui/first_run.py" line="39"/>
        <source>Welcome to Retrofit Planner</source>
        <translation>Welcome to Retrofit Planner</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="40"/>
        <source>How would you like to start?</source>
        <translation>How would you like to start?</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="41"/>
        <source>The demo city is a made-up Tangshan with 470 estates to look around in; nothing you do there touches your own records.

An empty database is where your own records go: type them in or import the registers you have (File → Import).</source>
        <translation>The demo city is a made-up Tangshan with 470 estates to look around in; nothing you do there touches your own records.

An empty database is where your own records go: type them in or import the registers you have (File → Import).</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="46"/>
        <source>Open the demo city</source>
        <translation>Open the demo city</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="47"/>
        <source>Start an empty database</source>
        <translation>Start an empty database</translation>
    </message>
</context>
<context>
    <name>Forms</name>
    <message>
        <location filename="../../ui/buildings/delegates.py" line="119"/>
        <location filename="../../ui/forms.py" line="77"/>
        <location filename="../../ui/forms.py" line="149"/>
        <source>Allowed: %1</source>
        <translation>Allowed: %1</translation>
    </message>
    <message>
        <location filename="../../ui/forms.py" line="74"/>
        <source>e.g. %1</source>
        <translation>e.g. %1</translation>
    </message>
</context>
<context>
    <name>Funding</name>
    <message>
        <location filename="../../ui/results/panel.py" line="20"/>
        <location filename="../../ui/results/panel.py" line="26"/>
        <source>Central subsidy</source>
        <translation>Central subsidy</translation>
    </message>
    <message>
        <location filename="../../ui/results/panel.py" line="21"/>
        <location filename="../../ui/results/panel.py" line="27"/>
        <source>Local top-up</source>
        <translation>Local top-up</translation>
    </message>
    <message>
        <location filename="../../ui/results/panel.py" line="22"/>
        <location filename="../../ui/results/panel.py" line="28"/>
        <source>Heat utility</source>
        <translation>Heat utility</translation>
    </message>
    <message>
        <location filename="../../ui/results/panel.py" line="23"/>
        <source>Sales of new floor area</source>
        <translation>Sales of new floor area</translation>
    </message>
    <message>
        <location filename="../../ui/results/panel.py" line="24"/>
        <source>Residents</source>
        <translation>Residents</translation>
    </message>
    <message>
        <location filename="../../ui/results/panel.py" line="25"/>
        <location filename="../../ui/results/panel.py" line="29"/>
        <source>City budget</source>
        <translation>City budget</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <location filename="../../ui/help.py" line="90"/>
        <source>&lt;h3&gt;Retrofit Planner %1&lt;/h3&gt;&lt;p&gt;Energy retrofits of old housing estates in northern China&apos;s district-heating cities: records, the JGJ 26 degree-day method, the programme year by year, plans and summaries as PDF.&lt;/p&gt;</source>
        <extracomment>The width the guide&apos;s pictures are shown at (the screenshots are 1400 pixels wide). [px]</extracomment>
        <translation>&lt;h3&gt;Retrofit Planner %1&lt;/h3&gt;&lt;p&gt;Energy retrofits of old housing estates in northern China&apos;s district-heating cities: records, the JGJ 26 degree-day method, the programme year by year, plans and summaries as PDF.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="96"/>
        <source>About Retrofit Planner</source>
        <translation>About Retrofit Planner</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="39"/>
        <location filename="../../ui/help.py" line="53"/>
        <source>User guide</source>
        <translation>User guide</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../ui/imports/wizard.py" line="49"/>
        <source>New estates: %1, changed estates: %2, new buildings: %3, changed buildings: %4, unchanged buildings: %5</source>
        <translation>New estates: %1, changed estates: %2, new buildings: %3, changed buildings: %4, unchanged buildings: %5</translation>
    </message>
    <message>
        <location filename="../../ui/imports/wizard.py" line="79"/>
        <source>Choose a register file</source>
        <translation>Choose a register file</translation>
    </message>
    <message>
        <location filename="../../ui/imports/wizard.py" line="80"/>
        <source>A CSV or Excel file with one row per building (see the import template).</source>
        <translation>A CSV or Excel file with one row per building (see the import template).</translation>
    </message>
    <message>
        <location filename="../../ui/imports/wizard.py" line="111"/>
        <source>Browse…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <location filename="../../ui/imports/wizard.py" line="118"/>
        <source>Register file</source>
        <translation>Register file</translation>
    </message>
    <message>
        <location filename="../../ui/imports/wizard.py" line="119"/>
        <source>Registers (*.xlsx *.xlsm *.xls *.ods *.csv *.txt);;All files (*)</source>
        <translation>Registers (*.xlsx *.xlsm *.xls *.ods *.csv *.txt);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../ui/imports/wizard.py" line="133"/>
        <source>Columns and preview</source>
        <translation>Columns and preview</translation>
    </message>
    <message>
        <location filename="../../ui/imports/wizard.py" line="135"/>
        <source>Column in the file</source>
        <translation>Column in the file</translation>
    </message>
    <message>
        <location filename="../../ui/imports/wizard.py" line="136"/>
        <source>Sample values</source>
        <translation>Sample values</translation>
    </message>
    <message>
        <location filename="../../ui/imports/wizard.py" line="136"/>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../../ui/imports/wizard.py" line="139"/>
        <source>Check again</source>
        <translation>Check again</translation>
    </message>
    <message>
        <location filename="../../ui/imports/wizard.py" line="144"/>
        <source>Export errors (CSV)…</source>
        <translation>Export errors (CSV)…</translation>
    </message>
    <message>
        <location filename="../../ui/imports/wizard.py" line="169"/>
        <source>ignored</source>
        <translation>ignored</translation>
    </message>
    <message>
        <location filename="../../ui/imports/wizard.py" line="170"/>
        <source>(automatic: %1)</source>
        <translation>(automatic: %1)</translation>
    </message>
    <message>
        <location filename="../../ui/imports/wizard.py" line="171"/>
        <source>(ignore)</source>
        <translation>(ignore)</translation>
    </message>
    <message>
        <location filename="../../ui/imports/wizard.py" line="56"/>
        <source>Row</source>
        <translation>Row</translation>
    </message>
    <message>
        <location filename="../../ui/imports/wizard.py" line="56"/>
        <source>Column</source>
        <translation>Column</translation>
    </message>
    <message>
        <location filename="../../ui/imports/wizard.py" line="57"/>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <location filename="../../ui/imports/wizard.py" line="57"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location filename="../../ui/imports/wizard.py" line="218"/>
        <source>Export errors</source>
        <translation>Export errors</translation>
    </message>
    <message>
        <location filename="../../ui/imports/wizard.py" line="232"/>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../ui/imports/wizard.py" line="237"/>
        <source>Cancel import</source>
        <translation>Cancel import</translation>
    </message>
    <message>
        <location filename="../../ui/imports/wizard.py" line="249"/>
        <source>Importing…</source>
        <translation>Importing…</translation>
    </message>
    <message>
        <location filename="../../ui/imports/wizard.py" line="270"/>
        <source>Imported.</source>
        <translation>Imported.</translation>
    </message>
    <message>
        <location filename="../../ui/imports/wizard.py" line="276"/>
        <source>Cancelled; nothing was changed.</source>
        <translation>Cancelled; nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../ui/imports/wizard.py" line="79"/>
        <source>Import register</source>
        <translation>Import register</translation>
    </message>
    <message>
        <location filename="../../ui/imports/meters.py" line="17"/>
        <source>New readings: %1, changed readings: %2, unchanged readings: %3 (%4 estates)</source>
        <translation>New readings: %1, changed readings: %2, unchanged readings: %3 (%4 estates)</translation>
    </message>
    <message>
        <location filename="../../ui/imports/meters.py" line="26"/>
        <source>Import meter register</source>
        <translation>Import meter register</translation>
    </message>
    <message>
        <location filename="../../ui/imports/meters.py" line="27"/>
        <source>Choose a meter register</source>
        <translation>Choose a meter register</translation>
    </message>
    <message>
        <location filename="../../ui/imports/meters.py" line="28"/>
        <source>A CSV or Excel file with one row per building (or estate meter) and heating season: heat in GJ or MWh, or coal in tce.</source>
        <translation>A CSV or Excel file with one row per building (or estate meter) and heating season: heat in GJ or MWh, or coal in tce.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="238"/>
        <source>Retrofit Planner</source>
        <translation>Retrofit Planner</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="239"/>
        <source>Estates</source>
        <translation>Estates</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="240"/>
        <source>Results</source>
        <translation>Results</translation>
    </message>
    <message>
        <location filename="../../ui/buildings/panel.py" line="98"/>
        <location filename="../../ui/main_window.py" line="241"/>
        <source>Buildings</source>
        <translation>Buildings</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="242"/>
        <source>Programme dashboard</source>
        <translation>Programme dashboard</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="243"/>
        <source>Compare packages</source>
        <translation>Compare packages</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="140"/>
        <location filename="../../ui/main_window.py" line="244"/>
        <source>Planner</source>
        <translation>Planner</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="149"/>
        <source>Exported to %1</source>
        <translation>Exported to %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="247"/>
        <source>Database: %1</source>
        <translation>Database: %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="245"/>
        <source>Verification</source>
        <translation>Verification</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <location filename="../../ui/actions.py" line="54"/>
        <source>&amp;Undo %1</source>
        <translation>&amp;Undo %1</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="55"/>
        <source>&amp;Redo %1</source>
        <translation>&amp;Redo %1</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="63"/>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="64"/>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="65"/>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="66"/>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="67"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="70"/>
        <source>&amp;New database…</source>
        <translation>&amp;New database…</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="71"/>
        <source>&amp;Open database…</source>
        <translation>&amp;Open database…</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="72"/>
        <source>Open the &amp;demo city</source>
        <translation>Open the &amp;demo city</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="73"/>
        <source>&amp;Import register…</source>
        <translation>&amp;Import register…</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="74"/>
        <source>&amp;Export register…</source>
        <translation>&amp;Export register…</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="75"/>
        <source>Export this &amp;table to Excel…</source>
        <translation>Export this &amp;table to Excel…</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="78"/>
        <source>&amp;Reports…</source>
        <translation>&amp;Reports…</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="79"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="80"/>
        <source>Edit building in a &amp;form…</source>
        <translation>Edit building in a &amp;form…</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="81"/>
        <source>Edit &amp;estate…</source>
        <translation>Edit &amp;estate…</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="82"/>
        <source>New es&amp;tate…</source>
        <translation>New es&amp;tate…</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="83"/>
        <source>New &amp;building…</source>
        <translation>New &amp;building…</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="84"/>
        <source>&amp;Delete selected buildings…</source>
        <translation>&amp;Delete selected buildings…</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="85"/>
        <source>Set &amp;mode for selection…</source>
        <translation>Set &amp;mode for selection…</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="86"/>
        <source>Set &amp;package for selection…</source>
        <translation>Set &amp;package for selection…</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="87"/>
        <source>Set planned &amp;year for selection…</source>
        <translation>Set planned &amp;year for selection…</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="89"/>
        <source>&amp;Measures and packages…</source>
        <translation>&amp;Measures and packages…</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="90"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="91"/>
        <source>&amp;All buildings</source>
        <translation>&amp;All buildings</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="92"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="93"/>
        <source>&amp;Find estate</source>
        <translation>&amp;Find estate</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="97"/>
        <source>&amp;About</source>
        <translation>&amp;About</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="98"/>
        <source>Open the &amp;log folder</source>
        <translation>Open the &amp;log folder</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="96"/>
        <source>&amp;User guide</source>
        <translation>&amp;User guide</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="76"/>
        <source>Import &amp;meter register…</source>
        <translation>Import &amp;meter register…</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="77"/>
        <source>Export meter re&amp;gister…</source>
        <translation>Export meter re&amp;gister…</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="88"/>
        <source>Set the &amp;works for selection…</source>
        <translation>Set the &amp;works for selection…</translation>
    </message>
</context>
<context>
    <name>Planner</name>
    <message>
        <location filename="../../ui/planner/inputs.py" line="82"/>
        <source>First year</source>
        <translation>First year</translation>
    </message>
    <message>
        <location filename="../../ui/planner/inputs.py" line="82"/>
        <source>Last year</source>
        <translation>Last year</translation>
    </message>
    <message>
        <location filename="../../ui/planner/inputs.py" line="92"/>
        <source>Saved coal</source>
        <translation>Saved coal</translation>
    </message>
    <message>
        <location filename="../../ui/planner/inputs.py" line="92"/>
        <source>Saved CO2</source>
        <translation>Saved CO2</translation>
    </message>
    <message>
        <location filename="../../ui/planner/inputs.py" line="93"/>
        <source>Freed capacity</source>
        <translation>Freed capacity</translation>
    </message>
    <message>
        <location filename="../../ui/planner/inputs.py" line="97"/>
        <source>Inputs</source>
        <translation>Inputs</translation>
    </message>
    <message>
        <location filename="../../ui/planner/panel.py" line="170"/>
        <source>Year by year</source>
        <translation>Year by year</translation>
    </message>
    <message>
        <location filename="../../ui/planner/inputs.py" line="98"/>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location filename="../../ui/planner/inputs.py" line="99"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/planner/tables.py" line="78"/>
        <source>Save plan…</source>
        <translation>Save plan…</translation>
    </message>
    <message>
        <location filename="../../ui/planner/panel.py" line="172"/>
        <source>The planner is not available in this version.</source>
        <translation>The planner is not available in this version.</translation>
    </message>
    <message>
        <location filename="../../ui/planner/presenter.py" line="69"/>
        <location filename="../../ui/planner/presenter.py" line="85"/>
        <source>Planning…</source>
        <translation>Planning…</translation>
    </message>
    <message>
        <location filename="../../ui/planner/figures.py" line="88"/>
        <source>%1 (%2 % of the target)</source>
        <translation>%1 (%2 % of the target)</translation>
    </message>
    <message>
        <location filename="../../ui/planner/figures.py" line="75"/>
        <source>%1; net of new load %2</source>
        <translation>%1; net of new load %2</translation>
    </message>
    <message>
        <location filename="../../ui/planner/panel.py" line="286"/>
        <source>Save plan</source>
        <translation>Save plan</translation>
    </message>
    <message>
        <location filename="../../ui/planner/panel.py" line="286"/>
        <location filename="../../ui/planner/tables.py" line="29"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/planner/figures.py" line="22"/>
        <location filename="../../ui/planner/tables.py" line="131"/>
        <source>Estates</source>
        <translation>Estates</translation>
    </message>
    <message>
        <location filename="../../ui/planner/figures.py" line="23"/>
        <source>Households</source>
        <translation>Households</translation>
    </message>
    <message>
        <location filename="../../ui/planner/figures.py" line="24"/>
        <source>Floor area [m²]</source>
        <translation>Floor area [m²]</translation>
    </message>
    <message>
        <location filename="../../ui/planner/cost_curve.py" line="110"/>
        <location filename="../../ui/planner/figures.py" line="26"/>
        <source>Saved coal [tce/a]</source>
        <translation>Saved coal [tce/a]</translation>
    </message>
    <message>
        <location filename="../../ui/planner/figures.py" line="27"/>
        <source>Saved CO2 [t/a]</source>
        <translation>Saved CO2 [t/a]</translation>
    </message>
    <message>
        <location filename="../../ui/planner/figures.py" line="28"/>
        <source>Freed capacity [MW]</source>
        <translation>Freed capacity [MW]</translation>
    </message>
    <message>
        <location filename="../../ui/planner/figures.py" line="37"/>
        <source>Minimum consent rate</source>
        <translation>Minimum consent rate</translation>
    </message>
    <message>
        <location filename="../../ui/planner/figures.py" line="38"/>
        <source>Minimum remaining life [a]</source>
        <translation>Minimum remaining life [a]</translation>
    </message>
    <message>
        <location filename="../../ui/planner/figures.py" line="39"/>
        <source>CO2 factor [t/tce]</source>
        <translation>CO2 factor [t/tce]</translation>
    </message>
    <message>
        <location filename="../../ui/planner/figures.py" line="40"/>
        <source>Prices</source>
        <translation>Prices</translation>
    </message>
    <message>
        <location filename="../../ui/planner/figures.py" line="41"/>
        <source>Coal price [RMB/tce]</source>
        <translation>Coal price [RMB/tce]</translation>
    </message>
    <message>
        <location filename="../../ui/planner/tables.py" line="29"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../../ui/planner/tables.py" line="30"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/planner/tables.py" line="30"/>
        <source>Saved</source>
        <translation>Saved</translation>
    </message>
    <message>
        <location filename="../../ui/planner/tables.py" line="31"/>
        <source>Saved [tce/a]</source>
        <translation>Saved [tce/a]</translation>
    </message>
    <message>
        <location filename="../../ui/planner/tables.py" line="33"/>
        <source>draft</source>
        <translation>draft</translation>
    </message>
    <message>
        <location filename="../../ui/planner/tables.py" line="33"/>
        <source>approved</source>
        <translation>approved</translation>
    </message>
    <message>
        <location filename="../../ui/planner/figures.py" line="44"/>
        <source>MILP</source>
        <translation>MILP</translation>
    </message>
    <message>
        <location filename="../../ui/planner/figures.py" line="44"/>
        <source>greedy rule</source>
        <translation>greedy rule</translation>
    </message>
    <message>
        <location filename="../../ui/planner/panel.py" line="162"/>
        <source>Saved plans</source>
        <translation>Saved plans</translation>
    </message>
    <message>
        <location filename="../../ui/planner/panel.py" line="163"/>
        <source>Plan totals</source>
        <translation>Plan totals</translation>
    </message>
    <message>
        <location filename="../../ui/planner/panel.py" line="164"/>
        <source>Mode shares (floor area)</source>
        <translation>Mode shares (floor area)</translation>
    </message>
    <message>
        <location filename="../../ui/planner/panel.py" line="165"/>
        <source>Rules and assumptions</source>
        <translation>Rules and assumptions</translation>
    </message>
    <message>
        <location filename="../../ui/planner/panel.py" line="166"/>
        <source>Cost by funding source</source>
        <translation>Cost by funding source</translation>
    </message>
    <message>
        <location filename="../../ui/planner/panel.py" line="167"/>
        <source>Saved coal against the programme target</source>
        <translation>Saved coal against the programme target</translation>
    </message>
    <message>
        <location filename="../../ui/planner/tables.py" line="75"/>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../ui/planner/tables.py" line="76"/>
        <source>Approve…</source>
        <translation>Approve…</translation>
    </message>
    <message>
        <location filename="../../ui/planner/tables.py" line="77"/>
        <source>Delete…</source>
        <translation>Delete…</translation>
    </message>
    <message>
        <location filename="../../ui/planner/tables.py" line="79"/>
        <source>Show the selected plan with its inputs</source>
        <translation>Show the selected plan with its inputs</translation>
    </message>
    <message>
        <location filename="../../ui/planner/tables.py" line="80"/>
        <source>Approve the selected draft; an approved plan is locked</source>
        <translation>Approve the selected draft; an approved plan is locked</translation>
    </message>
    <message>
        <location filename="../../ui/planner/tables.py" line="81"/>
        <source>Delete the selected draft</source>
        <translation>Delete the selected draft</translation>
    </message>
    <message>
        <location filename="../../ui/planner/tables.py" line="82"/>
        <source>Save the shown plan as a draft (a new version when the name exists)</source>
        <translation>Save the shown plan as a draft (a new version when the name exists)</translation>
    </message>
    <message>
        <location filename="../../ui/planner/figures.py" line="125"/>
        <source>%1 %2 % ≤ %3 % (cap kept)</source>
        <translation>%1 %2 % ≤ %3 % (cap kept)</translation>
    </message>
    <message>
        <location filename="../../ui/planner/figures.py" line="126"/>
        <source>%1 %2 % &gt; %3 % (over the cap)</source>
        <translation>%1 %2 % &gt; %3 % (over the cap)</translation>
    </message>
    <message>
        <location filename="../../ui/planner/figures.py" line="144"/>
        <source>%1 (shorter: rebuild)</source>
        <translation>%1 (shorter: rebuild)</translation>
    </message>
    <message>
        <location filename="../../ui/planner/figures.py" line="149"/>
        <source>2010 prices</source>
        <translation>2010 prices</translation>
    </message>
    <message>
        <location filename="../../ui/planner/figures.py" line="150"/>
        <source>Today&apos;s prices</source>
        <translation>Today&apos;s prices</translation>
    </message>
    <message>
        <location filename="../../ui/planner/figures.py" line="25"/>
        <location filename="../../ui/planner/panel.py" line="212"/>
        <location filename="../../ui/planner/tables.py" line="132"/>
        <source>Cost</source>
        <translation>Cost</translation>
    </message>
    <message>
        <location filename="../../ui/planner/panel.py" line="214"/>
        <location filename="../../ui/planner/tables.py" line="131"/>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <location filename="../../ui/planner/panel.py" line="217"/>
        <source>Cumulative saved coal</source>
        <translation>Cumulative saved coal</translation>
    </message>
    <message>
        <location filename="../../ui/planner/panel.py" line="218"/>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <location filename="../../ui/planner/panel.py" line="218"/>
        <source>tce/a</source>
        <translation>tce/a</translation>
    </message>
    <message>
        <location filename="../../ui/planner/tables.py" line="145"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../ui/planner/panel.py" line="221"/>
        <source>Why are these estates waiting? (%1)</source>
        <translation>Why are these estates waiting? (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/planner/tables.py" line="91"/>
        <source>Saved on %1</source>
        <translation>Saved on %1</translation>
    </message>
    <message>
        <location filename="../../ui/planner/tables.py" line="93"/>
        <source>Approved on %1: locked</source>
        <translation>Approved on %1: locked</translation>
    </message>
    <message>
        <location filename="../../ui/planner/presenter.py" line="143"/>
        <source>Saved plan “%1”, version %2 (%3).</source>
        <translation>Saved plan “%1”, version %2 (%3).</translation>
    </message>
    <message>
        <location filename="../../ui/planner/panel.py" line="268"/>
        <source>Approve the plan “%1”, version %2? An approved plan is locked: it can no longer be changed or deleted.</source>
        <translation>Approve the plan “%1”, version %2? An approved plan is locked: it can no longer be changed or deleted.</translation>
    </message>
    <message>
        <location filename="../../ui/planner/panel.py" line="270"/>
        <source>Approve plan</source>
        <translation>Approve plan</translation>
    </message>
    <message>
        <location filename="../../ui/planner/presenter.py" line="164"/>
        <source>Plan “%1” approved.</source>
        <translation>Plan “%1” approved.</translation>
    </message>
    <message>
        <location filename="../../ui/planner/panel.py" line="278"/>
        <source>Delete the plan “%1”, version %2?</source>
        <translation>Delete the plan “%1”, version %2?</translation>
    </message>
    <message>
        <location filename="../../ui/planner/panel.py" line="279"/>
        <source>Delete plan</source>
        <translation>Delete plan</translation>
    </message>
    <message>
        <location filename="../../ui/planner/presenter.py" line="168"/>
        <source>Plan “%1” deleted.</source>
        <translation>Plan “%1” deleted.</translation>
    </message>
    <message>
        <location filename="../../ui/planner/presenter.py" line="193"/>
        <source>Saved as draft “%1”.</source>
        <translation>Saved as draft “%1”.</translation>
    </message>
    <message>
        <location filename="../../ui/planner/presenter.py" line="111"/>
        <source>Plan ready: %1 estates, %2 tce/a saved.</source>
        <translation>Plan ready: %1 estates, %2 tce/a saved.</translation>
    </message>
    <message>
        <location filename="../../ui/planner/inputs.py" line="84"/>
        <source>Rebuild cap</source>
        <translation>Rebuild cap</translation>
    </message>
    <message>
        <location filename="../../ui/planner/inputs.py" line="85"/>
        <source>Minimum rebuild share</source>
        <translation>Minimum rebuild share</translation>
    </message>
    <message>
        <location filename="../../ui/planner/inputs.py" line="85"/>
        <source>Choose modes</source>
        <translation>Choose modes</translation>
    </message>
    <message>
        <location filename="../../ui/planner/inputs.py" line="86"/>
        <source>Aim</source>
        <translation>Aim</translation>
    </message>
    <message>
        <location filename="../../ui/planner/inputs.py" line="86"/>
        <source>Measure</source>
        <translation>Measure</translation>
    </message>
    <message>
        <location filename="../../ui/planner/inputs.py" line="87"/>
        <source>Target (least cost)</source>
        <translation>Target (least cost)</translation>
    </message>
    <message>
        <location filename="../../ui/planner/inputs.py" line="87"/>
        <source>Time limit</source>
        <translation>Time limit</translation>
    </message>
    <message>
        <location filename="../../ui/planner/inputs.py" line="90"/>
        <source>Let the planner choose each estate&apos;s modes among those its buildings allow</source>
        <translation>Let the planner choose each estate&apos;s modes among those its buildings allow</translation>
    </message>
    <message>
        <location filename="../../ui/planner/inputs.py" line="94"/>
        <source>Most saving within the budget</source>
        <translation>Most saving within the budget</translation>
    </message>
    <message>
        <location filename="../../ui/planner/inputs.py" line="95"/>
        <source>Least cost to reach the target</source>
        <translation>Least cost to reach the target</translation>
    </message>
    <message>
        <location filename="../../ui/planner/cost_curve.py" line="61"/>
        <source>Target %1 tce/a</source>
        <translation>Target %1 tce/a</translation>
    </message>
    <message>
        <location filename="../../ui/planner/cost_curve.py" line="67"/>
        <source>RMB per tce/a</source>
        <translation>RMB per tce/a</translation>
    </message>
    <message>
        <location filename="../../ui/planner/figures.py" line="29"/>
        <source>Cost per tce/a [RMB]</source>
        <translation>Cost per tce/a [RMB]</translation>
    </message>
    <message>
        <location filename="../../ui/planner/figures.py" line="30"/>
        <source>Cost per kW freed [RMB]</source>
        <translation>Cost per kW freed [RMB]</translation>
    </message>
    <message>
        <location filename="../../ui/planner/figures.py" line="31"/>
        <source>Heat company&apos;s payback [a]</source>
        <translation>Heat company&apos;s payback [a]</translation>
    </message>
    <message>
        <location filename="../../ui/planner/figures.py" line="32"/>
        <source>City&apos;s payback [a]</source>
        <translation>City&apos;s payback [a]</translation>
    </message>
    <message>
        <location filename="../../ui/planner/figures.py" line="34"/>
        <source>Solver</source>
        <translation>Solver</translation>
    </message>
    <message>
        <location filename="../../ui/planner/figures.py" line="42"/>
        <source>Discount rate, coal-price escalation</source>
        <translation>Discount rate, coal-price escalation</translation>
    </message>
    <message>
        <location filename="../../ui/planner/panel.py" line="168"/>
        <source>Cost per tonne (cost curve)</source>
        <translation>Cost per tonne (cost curve)</translation>
    </message>
    <message>
        <location filename="../../ui/planner/figures.py" line="130"/>
        <source>, at least %1 %</source>
        <translation>, at least %1 %</translation>
    </message>
    <message>
        <location filename="../../ui/planner/presenter.py" line="80"/>
        <source>Cancelling…</source>
        <translation>Cancelling…</translation>
    </message>
    <message>
        <location filename="../../ui/planner/presenter.py" line="99"/>
        <source>Cancelled: no plan was made.</source>
        <translation>Cancelled: no plan was made.</translation>
    </message>
    <message>
        <location filename="../../ui/planner/inputs.py" line="83"/>
        <source>Budget per year [%1]</source>
        <translation>Budget per year [%1]</translation>
    </message>
    <message>
        <location filename="../../ui/planner/figures.py" line="33"/>
        <source>Net present value</source>
        <translation>Net present value</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <location filename="../../ui/i18n.py" line="40"/>
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
        <location filename="../../ui/i18n.py" line="37"/>
        <source>&amp;Look in:</source>
        <extracomment>Texts of Qt&apos;s own file dialog that Qt&apos;s Chinese catalogue (qtbase_zh_CN) lacks: our catalogue, installed after Qt&apos;s, has them, so that the dialogs to open and save files speak the UI language.</extracomment>
        <translation>&amp;Look in:</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="38"/>
        <source>Files of &amp;type:</source>
        <translation>Files of &amp;type:</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <location filename="../../ui/reports/dialog.py" line="42"/>
        <source>Estate retrofit plan</source>
        <translation>Estate retrofit plan</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dialog.py" line="43"/>
        <source>Residents&apos; summary</source>
        <translation>Residents&apos; summary</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dialog.py" line="45"/>
        <source>Programme report (city)</source>
        <translation>Programme report (city)</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dialog.py" line="66"/>
        <source>Reports</source>
        <translation>Reports</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dialog.py" line="116"/>
        <source>Browse…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dialog.py" line="122"/>
        <source>Create PDFs</source>
        <translation>Create PDFs</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dialog.py" line="151"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dialog.py" line="152"/>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dialog.py" line="153"/>
        <location filename="../../ui/reports/dialog.py" line="219"/>
        <source>Folder</source>
        <translation>Folder</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dialog.py" line="155"/>
        <source>Estates</source>
        <translation>Estates</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dialog.py" line="229"/>
        <source>Choose at least one estate.</source>
        <translation>Choose at least one estate.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dialog.py" line="240"/>
        <source>Creating reports…</source>
        <translation>Creating reports…</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dialog.py" line="280"/>
        <source>Cancelled.</source>
        <translation>Cancelled.</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dialog.py" line="211"/>
        <source>%1 of %2 estates ticked</source>
        <translation>%1 of %2 estates ticked</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dialog.py" line="85"/>
        <source>All districts</source>
        <translation>All districts</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dialog.py" line="88"/>
        <source>Any planned year</source>
        <translation>Any planned year</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dialog.py" line="249"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dialog.py" line="249"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dialog.py" line="134"/>
        <source>District</source>
        <translation>District</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dialog.py" line="90"/>
        <source>No saved plan</source>
        <translation>No saved plan</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dialog.py" line="124"/>
        <source>Open folder</source>
        <translation>Open folder</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dialog.py" line="136"/>
        <source>Planned year</source>
        <translation>Planned year</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dialog.py" line="138"/>
        <source>Saved plan</source>
        <translation>Saved plan</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dialog.py" line="99"/>
        <source>Search estate, district or address</source>
        <translation>Search estate, district or address</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dialog.py" line="71"/>
        <source>Select all</source>
        <translation>Select all</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dialog.py" line="72"/>
        <source>Select none</source>
        <translation>Select none</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dialog.py" line="235"/>
        <source>The folder cannot be made: %1</source>
        <translation>The folder cannot be made: %1</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dialog.py" line="44"/>
        <source>Verification of the savings (estate)</source>
        <translation>Verification of the savings (estate)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln PDF file(s) created.</source>
        <translation>
            <numerusform>%Ln PDF file created.</numerusform>
            <numerusform>%Ln PDF files created.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ResultsPanel</name>
    <message>
        <location filename="../../ui/results/panel.py" line="39"/>
        <source>Selection</source>
        <translation>Selection</translation>
    </message>
    <message>
        <location filename="../../ui/results/panel.py" line="40"/>
        <source>Floor area [m²]</source>
        <translation>Floor area [m²]</translation>
    </message>
    <message>
        <location filename="../../ui/results/panel.py" line="41"/>
        <source>q_H before → after [W/m²]</source>
        <translation>q_H before → after [W/m²]</translation>
    </message>
    <message>
        <location filename="../../ui/results/panel.py" line="42"/>
        <source>Coal index before → after [kgce/m²]</source>
        <translation>Coal index before → after [kgce/m²]</translation>
    </message>
    <message>
        <location filename="../../ui/results/panel.py" line="43"/>
        <source>Saved coal [tce/a]</source>
        <translation>Saved coal [tce/a]</translation>
    </message>
    <message>
        <location filename="../../ui/results/panel.py" line="44"/>
        <source>Saved coal P10–P90 [tce/a]</source>
        <translation>Saved coal P10–P90 [tce/a]</translation>
    </message>
    <message>
        <location filename="../../ui/results/panel.py" line="45"/>
        <source>Saved CO2 [t/a]</source>
        <translation>Saved CO2 [t/a]</translation>
    </message>
    <message>
        <location filename="../../ui/results/panel.py" line="46"/>
        <source>Freed capacity [MW]</source>
        <translation>Freed capacity [MW]</translation>
    </message>
    <message>
        <location filename="../../ui/results/panel.py" line="50"/>
        <source>Cost per household [RMB]</source>
        <translation>Cost per household [RMB]</translation>
    </message>
    <message>
        <location filename="../../ui/results/panel.py" line="103"/>
        <source>Results</source>
        <extracomment>Rows shown only when the figures include added floor area.</extracomment>
        <translation>Results</translation>
    </message>
    <message>
        <location filename="../../ui/results/panel.py" line="104"/>
        <source>Before and after</source>
        <translation>Before and after</translation>
    </message>
    <message>
        <location filename="../../ui/results/panel.py" line="105"/>
        <source>Funding per household [RMB]</source>
        <translation>Funding per household [RMB]</translation>
    </message>
    <message>
        <location filename="../../ui/results/panel.py" line="106"/>
        <source>Notices</source>
        <translation>Notices</translation>
    </message>
    <message>
        <location filename="../../ui/results/panel.py" line="117"/>
        <source>Calculating the whole city…</source>
        <translation>Calculating the whole city…</translation>
    </message>
    <message>
        <location filename="../../ui/results/panel.py" line="135"/>
        <source>q_H [W/m²]</source>
        <translation>q_H [W/m²]</translation>
    </message>
    <message>
        <location filename="../../ui/results/panel.py" line="136"/>
        <source>Coal [kgce/m²]</source>
        <translation>Coal [kgce/m²]</translation>
    </message>
    <message>
        <location filename="../../ui/results/panel.py" line="138"/>
        <source>before</source>
        <translation>before</translation>
    </message>
    <message>
        <location filename="../../ui/results/panel.py" line="138"/>
        <source>after</source>
        <translation>after</translation>
    </message>
    <message>
        <location filename="../../ui/results/panel.py" line="49"/>
        <source>Cost</source>
        <translation>Cost</translation>
    </message>
    <message>
        <location filename="../../ui/results/panel.py" line="47"/>
        <source>Added floor area [m²]</source>
        <translation>Added floor area [m²]</translation>
    </message>
    <message>
        <location filename="../../ui/results/panel.py" line="48"/>
        <source>New load: coal [tce/a] · plant [MW]</source>
        <translation>New load: coal [tce/a] · plant [MW]</translation>
    </message>
    <message>
        <location filename="../../ui/results/panel.py" line="156"/>
        <source>%1 (net %2)</source>
        <translation>%1 (net %2)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln selected building(s)</source>
        <translation>
            <numerusform>%Ln selected building</numerusform>
            <numerusform>%Ln selected buildings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Whole city, %Ln building(s)</source>
        <translation>
            <numerusform>Whole city, %Ln building</numerusform>
            <numerusform>Whole city, %Ln buildings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Estate, %Ln building(s)</source>
        <translation>
            <numerusform>Estate, %Ln building</numerusform>
            <numerusform>Estate, %Ln buildings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../ui/preferences/dialog.py" line="90"/>
        <source>Settings</source>
        <extracomment>Text settings (the sender and contact of the residents&apos; letter), in the reports section.</extracomment>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../ui/preferences/dialog.py" line="97"/>
        <source>2010 prices</source>
        <translation>2010 prices</translation>
    </message>
    <message>
        <location filename="../../ui/preferences/dialog.py" line="98"/>
        <source>Today&apos;s prices</source>
        <translation>Today&apos;s prices</translation>
    </message>
    <message>
        <location filename="../../ui/preferences/dialog.py" line="132"/>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../ui/preferences/dialog.py" line="146"/>
        <source>CO2 preset</source>
        <translation>CO2 preset</translation>
    </message>
    <message>
        <location filename="../../ui/preferences/dialog.py" line="133"/>
        <source>Price basis</source>
        <translation>Price basis</translation>
    </message>
    <message>
        <location filename="../../ui/preferences/dialog.py" line="137"/>
        <source>CO2</source>
        <translation>CO2</translation>
    </message>
    <message>
        <location filename="../../ui/preferences/dialog.py" line="104"/>
        <source>Custom (typed in)</source>
        <translation>Custom (typed in)</translation>
    </message>
    <message>
        <location filename="../../ui/preferences/dialog.py" line="130"/>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <location filename="../../ui/preferences/dialog.py" line="138"/>
        <source>Prices and funding</source>
        <translation>Prices and funding</translation>
    </message>
    <message>
        <location filename="../../ui/preferences/dialog.py" line="140"/>
        <source>Programme rules</source>
        <translation>Programme rules</translation>
    </message>
    <message>
        <location filename="../../ui/preferences/dialog.py" line="141"/>
        <source>Reports: contractor&apos;s bill and residents&apos; letter</source>
        <translation>Reports: contractor&apos;s bill and residents&apos; letter</translation>
    </message>
    <message>
        <location filename="../../ui/preferences/dialog.py" line="139"/>
        <source>Method</source>
        <translation>Method</translation>
    </message>
</context>
<context>
    <name>Tasks</name>
    <message>
        <location filename="../../ui/tasks.py" line="142"/>
        <source>Working</source>
        <translation>Working</translation>
    </message>
    <message>
        <location filename="../../ui/tasks.py" line="143"/>
        <source>Working…</source>
        <translation>Working…</translation>
    </message>
    <message>
        <location filename="../../ui/tasks.py" line="144"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>Verification</name>
    <message>
        <location filename="../../ui/verification/panel.py" line="37"/>
        <source>verified</source>
        <translation>verified</translation>
    </message>
    <message>
        <location filename="../../ui/verification/panel.py" line="38"/>
        <source>no baseline</source>
        <translation>no baseline</translation>
    </message>
    <message>
        <location filename="../../ui/verification/panel.py" line="39"/>
        <source>no season after</source>
        <translation>no season after</translation>
    </message>
    <message>
        <location filename="../../ui/verification/panel.py" line="40"/>
        <source>no readings</source>
        <translation>no readings</translation>
    </message>
    <message>
        <location filename="../../ui/verification/panel.py" line="43"/>
        <source>below P10</source>
        <translation>below P10</translation>
    </message>
    <message>
        <location filename="../../ui/verification/panel.py" line="44"/>
        <source>within P10–P90</source>
        <translation>within P10–P90</translation>
    </message>
    <message>
        <location filename="../../ui/verification/panel.py" line="45"/>
        <source>above P90</source>
        <translation>above P90</translation>
    </message>
    <message>
        <location filename="../../ui/verification/panel.py" line="48"/>
        <source>before the works</source>
        <translation>before the works</translation>
    </message>
    <message>
        <location filename="../../ui/verification/panel.py" line="49"/>
        <source>after the works</source>
        <translation>after the works</translation>
    </message>
    <message>
        <location filename="../../ui/verification/panel.py" line="50"/>
        <source>during the works (left out)</source>
        <translation>during the works (left out)</translation>
    </message>
    <message>
        <location filename="../../ui/verification/panel.py" line="53"/>
        <source>Estate</source>
        <translation>Estate</translation>
    </message>
    <message>
        <location filename="../../ui/verification/panel.py" line="54"/>
        <source>Buildings</source>
        <translation>Buildings</translation>
    </message>
    <message>
        <location filename="../../ui/verification/panel.py" line="55"/>
        <source>Verified</source>
        <translation>Verified</translation>
    </message>
    <message>
        <location filename="../../ui/verification/panel.py" line="56"/>
        <source>No baseline</source>
        <translation>No baseline</translation>
    </message>
    <message>
        <location filename="../../ui/verification/panel.py" line="57"/>
        <source>No season after</source>
        <translation>No season after</translation>
    </message>
    <message>
        <location filename="../../ui/verification/panel.py" line="58"/>
        <source>No readings</source>
        <translation>No readings</translation>
    </message>
    <message>
        <location filename="../../ui/verification/panel.py" line="59"/>
        <source>Estate meter</source>
        <translation>Estate meter</translation>
    </message>
    <message>
        <location filename="../../ui/verification/panel.py" line="60"/>
        <location filename="../../ui/verification/panel.py" line="72"/>
        <source>Measured saving [tce/a]</source>
        <translation>Measured saving [tce/a]</translation>
    </message>
    <message>
        <location filename="../../ui/verification/panel.py" line="61"/>
        <location filename="../../ui/verification/panel.py" line="73"/>
        <source>Predicted saving [tce/a]</source>
        <translation>Predicted saving [tce/a]</translation>
    </message>
    <message>
        <location filename="../../ui/verification/panel.py" line="62"/>
        <location filename="../../ui/verification/panel.py" line="74"/>
        <source>Realisation</source>
        <translation>Realisation</translation>
    </message>
    <message>
        <location filename="../../ui/verification/panel.py" line="63"/>
        <source>Below P10</source>
        <translation>Below P10</translation>
    </message>
    <message>
        <location filename="../../ui/verification/panel.py" line="66"/>
        <source>Building</source>
        <translation>Building</translation>
    </message>
    <message>
        <location filename="../../ui/verification/panel.py" line="67"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/verification/panel.py" line="68"/>
        <source>Seasons before/after</source>
        <translation>Seasons before/after</translation>
    </message>
    <message>
        <location filename="../../ui/verification/panel.py" line="69"/>
        <source>Before [kgce/m²]</source>
        <translation>Before [kgce/m²]</translation>
    </message>
    <message>
        <location filename="../../ui/verification/panel.py" line="70"/>
        <source>After [kgce/m²]</source>
        <translation>After [kgce/m²]</translation>
    </message>
    <message>
        <location filename="../../ui/verification/panel.py" line="71"/>
        <source>Predicted after [kgce/m²]</source>
        <translation>Predicted after [kgce/m²]</translation>
    </message>
    <message>
        <location filename="../../ui/verification/panel.py" line="75"/>
        <source>P10–P90</source>
        <translation>P10–P90</translation>
    </message>
    <message>
        <location filename="../../ui/verification/panel.py" line="76"/>
        <source>Calibration k (source)</source>
        <translation>Calibration k (source)</translation>
    </message>
    <message>
        <location filename="../../ui/verification/panel.py" line="79"/>
        <source>meters</source>
        <translation>meters</translation>
    </message>
    <message>
        <location filename="../../ui/verification/panel.py" line="80"/>
        <source>metered heat</source>
        <translation>metered heat</translation>
    </message>
    <message>
        <location filename="../../ui/verification/panel.py" line="81"/>
        <source>metered coal</source>
        <translation>metered coal</translation>
    </message>
    <message>
        <location filename="../../ui/verification/panel.py" line="154"/>
        <source>Recalculate</source>
        <translation>Recalculate</translation>
    </message>
    <message>
        <location filename="../../ui/verification/panel.py" line="155"/>
        <source>The city against the heat meters</source>
        <translation>The city against the heat meters</translation>
    </message>
    <message>
        <location filename="../../ui/verification/panel.py" line="169"/>
        <source>Estate: %1</source>
        <translation>Estate: %1</translation>
    </message>
    <message>
        <location filename="../../ui/verification/panel.py" line="170"/>
        <source>Choose an estate</source>
        <translation>Choose an estate</translation>
    </message>
    <message>
        <location filename="../../ui/verification/panel.py" line="183"/>
        <source>Verifying the whole city…</source>
        <translation>Verifying the whole city…</translation>
    </message>
    <message>
        <location filename="../../ui/verification/panel.py" line="205"/>
        <source>%1 of %2 buildings verified: %3 tce/a saved as measured, %4 tce/a predicted, realisation %5; %6 below their P10. No baseline: %7, no season after the works: %8, no readings: %9.</source>
        <translation>%1 of %2 buildings verified: %3 tce/a saved as measured, %4 tce/a predicted, realisation %5; %6 below their P10. No baseline: %7, no season after the works: %8, no readings: %9.</translation>
    </message>
    <message>
        <location filename="../../ui/verification/panel.py" line="268"/>
        <source>(estate meter)</source>
        <translation>(estate meter)</translation>
    </message>
    <message>
        <location filename="../../ui/verification/panel.py" line="305"/>
        <source>predicted before</source>
        <translation>predicted before</translation>
    </message>
    <message>
        <location filename="../../ui/verification/panel.py" line="306"/>
        <source>predicted after</source>
        <translation>predicted after</translation>
    </message>
    <message>
        <location filename="../../ui/verification/panel.py" line="307"/>
        <source>Normalised coal use [kgce/m²]</source>
        <translation>Normalised coal use [kgce/m²]</translation>
    </message>
</context>
</TS>
