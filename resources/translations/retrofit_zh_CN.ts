<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>BuildingForm</name>
    <message>
        <location filename="../../ui/buildings/form.py" line="28"/>
        <source>Building %1</source>
        <translation>楼栋 %1</translation>
    </message>
</context>
<context>
    <name>BuildingTable</name>
    <message>
        <source>Not saved yet: the database was busy. Press Enter on the cell to save it.</source>
        <translation>尚未保存：数据库正忙。在该单元格上按回车键即可保存。</translation>
    </message>
    <message>
        <location filename="../../ui/buildings/table_model.py" line="55"/>
        <location filename="../../ui/buildings/table_model.py" line="250"/>
        <source>default</source>
        <translation>默认值</translation>
    </message>
    <message>
        <location filename="../../ui/buildings/table_model.py" line="271"/>
        <source>Not entered: the default applies</source>
        <translation>未填写：采用默认值</translation>
    </message>
    <message>
        <location filename="../../ui/buildings/delegates.py" line="44"/>
        <source>(not entered)</source>
        <translation>（未填写）</translation>
    </message>
</context>
<context>
    <name>BuildingsPanel</name>
    <message>
        <location filename="../../ui/buildings/panel.py" line="96"/>
        <source>All buildings</source>
        <translation>全部楼栋</translation>
    </message>
    <message>
        <location filename="../../ui/buildings/panel.py" line="108"/>
        <source>Nothing was changed</source>
        <translation>未做任何修改</translation>
    </message>
    <message>
        <location filename="../../ui/buildings/panel.py" line="132"/>
        <source>Filter buildings…</source>
        <translation>筛选楼栋…</translation>
    </message>
    <message>
        <location filename="../../ui/buildings/panel.py" line="133"/>
        <source>Set for selection</source>
        <translation>批量设置</translation>
    </message>
    <message>
        <location filename="../../ui/buildings/panel.py" line="136"/>
        <source>Edit form…</source>
        <translation>表单编辑…</translation>
    </message>
    <message>
        <location filename="../../ui/buildings/panel.py" line="137"/>
        <source>Edit the current building in a form (F2 edits a cell)</source>
        <translation>在表单中编辑当前楼栋（F2 编辑单元格）</translation>
    </message>
    <message>
        <location filename="../../ui/buildings/panel.py" line="139"/>
        <source>Mode…</source>
        <translation>改造模式…</translation>
    </message>
    <message>
        <location filename="../../ui/buildings/panel.py" line="140"/>
        <source>Package…</source>
        <translation>改造方案…</translation>
    </message>
    <message>
        <location filename="../../ui/buildings/panel.py" line="141"/>
        <source>Planned year…</source>
        <translation>计划年度…</translation>
    </message>
    <message>
        <location filename="../../ui/buildings/panel.py" line="158"/>
        <source>All buildings: %Ln</source>
        <translation>全部楼栋：%Ln 栋</translation>
    </message>
    <message>
        <location filename="../../ui/buildings/panel.py" line="160"/>
        <source>Buildings: %Ln</source>
        <translation>楼栋：%Ln 栋</translation>
    </message>
    <message>
        <location filename="../../ui/buildings/panel.py" line="246"/>
        <source>New building</source>
        <translation>新建楼栋</translation>
    </message>
    <message>
        <location filename="../../ui/buildings/panel.py" line="256"/>
        <source>Delete buildings</source>
        <translation>删除楼栋</translation>
    </message>
    <message>
        <location filename="../../ui/buildings/excel.py" line="90"/>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../ui/buildings/excel.py" line="91"/>
        <source>Copy with &amp;headers</source>
        <translation>连同表头复制(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../ui/buildings/excel.py" line="92"/>
        <source>&amp;Paste</source>
        <translation>粘贴(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../ui/buildings/excel.py" line="93"/>
        <source>Fill &amp;down</source>
        <translation>向下填充(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../ui/buildings/panel.py" line="134"/>
        <source>Set mode, package, planned year or the works for all selected buildings</source>
        <translation>为所有选中楼栋设置改造模式、改造方案、计划年度或实施情况</translation>
    </message>
    <message>
        <location filename="../../ui/buildings/panel.py" line="142"/>
        <source>Works: status, dates, cost, contractor…</source>
        <translation>实施情况：状态、日期、投资、施工单位…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/buildings/works.py" line="45"/>
        <source>Works of %Ln building(s)</source>
        <translation>
            <numerusform>%Ln 栋楼的实施情况</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %Ln building(s)? (Undo brings them back.)</source>
        <translation>
            <numerusform>删除 %Ln 栋楼？（可撤销恢复。）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Catalogue</name>
    <message>
        <location filename="../../ui/catalogue/dialog.py" line="24"/>
        <source>Measures and packages</source>
        <translation>措施与改造方案</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue/packages.py" line="46"/>
        <source>Save package</source>
        <translation>保存方案</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue/packages.py" line="47"/>
        <source>New package…</source>
        <translation>新建方案…</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue/dialog.py" line="29"/>
        <source>Measures</source>
        <translation>措施</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue/dialog.py" line="30"/>
        <source>Packages</source>
        <translation>改造方案</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue/packages.py" line="158"/>
        <source>New package</source>
        <translation>新建方案</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue/measures.py" line="44"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue/packages.py" line="167"/>
        <source>%1 (copy)</source>
        <translation>%1（副本）</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue/measures.py" line="96"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue/measures.py" line="196"/>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue/packages.py" line="166"/>
        <source>Copy package</source>
        <translation>复制方案</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue/packages.py" line="48"/>
        <source>Copy package…</source>
        <translation>复制方案…</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue/measures.py" line="199"/>
        <location filename="../../ui/catalogue/packages.py" line="50"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue/measures.py" line="197"/>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue/measures.py" line="44"/>
        <location filename="../../ui/catalogue/measures.py" line="94"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue/packages.py" line="58"/>
        <source>Measures in the package</source>
        <translation>方案包含的措施</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue/packages.py" line="140"/>
        <source>Name of the package</source>
        <translation>方案名称</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue/measures.py" line="286"/>
        <source>New measure</source>
        <translation>新建措施</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue/measures.py" line="195"/>
        <source>New measure…</source>
        <translation>新建措施…</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue/measures.py" line="46"/>
        <source>Parameters</source>
        <translation>参数</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue/measures.py" line="166"/>
        <source>Please fill in: %1</source>
        <translation>请填写：%1</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue/measures.py" line="44"/>
        <location filename="../../ui/catalogue/measures.py" line="95"/>
        <source>Priced per</source>
        <translation>计价单位</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue/measures.py" line="198"/>
        <location filename="../../ui/catalogue/packages.py" line="49"/>
        <source>Reset to default</source>
        <translation>恢复默认值</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue/measures.py" line="46"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue/measures.py" line="45"/>
        <source>Unit price 2010 [RMB]</source>
        <translation>2010 年单价 [元]</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue/measures.py" line="45"/>
        <source>Unit price today [RMB]</source>
        <translation>现行单价 [元]</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue/measures.py" line="50"/>
        <source>as shipped</source>
        <translation>内置</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue/measures.py" line="50"/>
        <source>changed</source>
        <translation>已修改</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue/measures.py" line="51"/>
        <source>own</source>
        <translation>自定义</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue/packages.py" line="109"/>
        <source>“No measures” stays empty.</source>
        <translation>“不改造”不含任何措施。</translation>
    </message>
</context>
<context>
    <name>Choices</name>
    <message>
        <location filename="../../ui/fields.py" line="103"/>
        <source>yes</source>
        <extracomment>The vocabulary&apos;s units as an English text shows them (a count&apos;s unit goes without saying). The building table&apos;s columns and the building form&apos;s rows, in this order. Fields the method fills in when they are not entered (method.md §2, §6; shown as defaulted). Every choice the app names: structures, modes, statuses and the shipped packages.</extracomment>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../ui/fields.py" line="103"/>
        <source>no</source>
        <translation>否</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <location filename="../../ui/buildings/commands.py" line="27"/>
        <source>Edit %1</source>
        <translation>编辑 %1</translation>
    </message>
    <message>
        <location filename="../../ui/buildings/presenter.py" line="172"/>
        <source>Set %1</source>
        <translation>设置%1</translation>
    </message>
    <message>
        <location filename="../../ui/buildings/presenter.py" line="173"/>
        <source>Set %1 on %Ln building(s)</source>
        <translation>为 %Ln 栋楼设置%1</translation>
    </message>
    <message>
        <location filename="../../ui/buildings/presenter.py" line="215"/>
        <location filename="../../ui/buildings/presenter.py" line="219"/>
        <source>Edit building</source>
        <translation>编辑楼栋</translation>
    </message>
    <message>
        <location filename="../../ui/buildings/presenter.py" line="228"/>
        <source>Add building</source>
        <translation>新增楼栋</translation>
    </message>
    <message>
        <location filename="../../ui/estates/presenter.py" line="211"/>
        <source>Edit estate</source>
        <translation>编辑小区</translation>
    </message>
    <message>
        <location filename="../../ui/estates/presenter.py" line="236"/>
        <source>Add estate</source>
        <translation>新增小区</translation>
    </message>
    <message>
        <location filename="../../ui/buildings/excel.py" line="239"/>
        <source>Paste %Ln cell(s)</source>
        <translation>粘贴 %Ln 个单元格</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/buildings/works.py" line="40"/>
        <source>Set the works of %Ln building(s)</source>
        <translation>
            <numerusform>设置 %Ln 栋楼的实施情况</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %Ln building(s)</source>
        <translation>
            <numerusform>删除 %Ln 栋楼</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Fill down %Ln cell(s)</source>
        <translation>
            <numerusform>向下填充 %Ln 个单元格</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Compare</name>
    <message>
        <location filename="../../ui/compare/panel.py" line="24"/>
        <source>q_H after [W/m²]</source>
        <translation>改造后耗热量指标 q_H [W/m²]</translation>
    </message>
    <message>
        <location filename="../../ui/compare/panel.py" line="25"/>
        <location filename="../../ui/compare/panel.py" line="167"/>
        <source>Coal index after [kgce/m²]</source>
        <translation>改造后耗煤量指标 [kgce/m²]</translation>
    </message>
    <message>
        <location filename="../../ui/compare/panel.py" line="26"/>
        <location filename="../../ui/compare/panel.py" line="164"/>
        <source>Saved coal [tce/a]</source>
        <translation>节约标煤 [tce/年]</translation>
    </message>
    <message>
        <location filename="../../ui/compare/panel.py" line="27"/>
        <source>Saved coal P10–P90 [tce/a]</source>
        <translation>节约标煤 P10–P90 [tce/年]</translation>
    </message>
    <message>
        <location filename="../../ui/compare/panel.py" line="28"/>
        <source>Saved CO2 [t/a]</source>
        <translation>减排 CO2 [t/年]</translation>
    </message>
    <message>
        <location filename="../../ui/compare/panel.py" line="29"/>
        <location filename="../../ui/compare/panel.py" line="165"/>
        <source>Freed capacity [MW]</source>
        <translation>释放供热能力 [MW]</translation>
    </message>
    <message>
        <location filename="../../ui/compare/panel.py" line="31"/>
        <source>Cost per saved tce [RMB]</source>
        <translation>每吨标煤节约量投资 [元]</translation>
    </message>
    <message>
        <location filename="../../ui/compare/panel.py" line="92"/>
        <source>Third package:</source>
        <translation>第三个方案：</translation>
    </message>
    <message>
        <location filename="../../ui/compare/panel.py" line="138"/>
        <source>Select an estate to compare packages.</source>
        <translation>请选择一个小区以比较改造方案。</translation>
    </message>
    <message>
        <location filename="../../ui/compare/panel.py" line="141"/>
        <source>Packages for %1 (nothing is saved)</source>
        <translation>%1 的改造方案比较（不保存）</translation>
    </message>
    <message>
        <location filename="../../ui/compare/panel.py" line="30"/>
        <location filename="../../ui/compare/panel.py" line="166"/>
        <source>Cost</source>
        <translation>投资</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <location filename="../../ui/dashboard/panel.py" line="37"/>
        <location filename="../../ui/dashboard/panel.py" line="45"/>
        <source>Saved coal [tce/a]</source>
        <extracomment>The key of each target&apos;s figure net of the new load (``Estimate.totals``).</extracomment>
        <translation>节约标煤 [tce/年]</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/panel.py" line="38"/>
        <location filename="../../ui/dashboard/panel.py" line="46"/>
        <source>Saved CO2 [t/a]</source>
        <translation>减排 CO2 [t/年]</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/panel.py" line="39"/>
        <location filename="../../ui/dashboard/panel.py" line="47"/>
        <source>Freed capacity [MW]</source>
        <translation>释放供热能力 [MW]</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/panel.py" line="42"/>
        <source>District</source>
        <translation>区/县</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/panel.py" line="42"/>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/panel.py" line="43"/>
        <source>Buildings</source>
        <translation>楼栋</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/panel.py" line="44"/>
        <source>Floor area [m²]</source>
        <translation>建筑面积 [m²]</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/panel.py" line="50"/>
        <source>Extra floor area [m²]</source>
        <translation>新增建筑面积 [m²]</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/panel.py" line="51"/>
        <source>Coal before [tce/a]</source>
        <translation>改造前耗煤 [tce/年]</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/panel.py" line="52"/>
        <source>Coal after [tce/a]</source>
        <translation>改造后耗煤 [tce/年]</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/panel.py" line="53"/>
        <source>Cumulative saved coal [tce/a]</source>
        <translation>累计节约标煤 [tce/年]</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/panel.py" line="54"/>
        <source>Households</source>
        <translation>户数</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/panel.py" line="56"/>
        <source>Estates</source>
        <translation>小区</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/panel.py" line="57"/>
        <source>Share</source>
        <translation>比例</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/panel.py" line="58"/>
        <source>Key</source>
        <translation>项目</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/panel.py" line="58"/>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/panel.py" line="105"/>
        <source>Recalculate</source>
        <translation>重新计算</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/panel.py" line="106"/>
        <source>City totals against the programme targets</source>
        <translation>全市合计与规划目标</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/panel.py" line="107"/>
        <source>Mode shares (floor area)</source>
        <translation>各改造模式比例（按建筑面积）</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/panel.py" line="108"/>
        <source>By district</source>
        <translation>按区/县</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/panel.py" line="109"/>
        <source>By planned year</source>
        <translation>按计划年度</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/panel.py" line="122"/>
        <source>Calculating the whole city…</source>
        <translation>正在计算全市…</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/panel.py" line="189"/>
        <source>Rebuild share within the cap of %1 %</source>
        <translation>拆改建比例未超过上限 %1 %</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/panel.py" line="190"/>
        <source>Rebuild share exceeds the cap of %1 %</source>
        <translation>拆改建比例超过上限 %1 %</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/panel.py" line="49"/>
        <source>Budget</source>
        <translation>预算</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/panel.py" line="48"/>
        <source>Cost</source>
        <translation>投资</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/panel.py" line="55"/>
        <source>Surplus</source>
        <translation>结余</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/panel.py" line="161"/>
        <source>net of new load %1 (%2)</source>
        <translation>扣除新增负荷后 %1（%2）</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/panel.py" line="165"/>
        <source>New load of the %1 m² that added storeys and rebuilds add: %2 tce/a, %3 MW; the targets are gross</source>
        <translation>加层和拆改建新增建筑面积 %1 m² 的新增负荷：用煤 %2 tce/a，热源负荷 %3 MW；目标值未扣除新增负荷</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/progress.py" line="19"/>
        <location filename="../../ui/dashboard/progress.py" line="60"/>
        <source>Planned</source>
        <translation>计划</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/progress.py" line="20"/>
        <source>Design</source>
        <translation>设计</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/progress.py" line="21"/>
        <source>Under construction</source>
        <translation>施工</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/progress.py" line="22"/>
        <location filename="../../ui/dashboard/progress.py" line="60"/>
        <source>Completed</source>
        <translation>竣工</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/progress.py" line="49"/>
        <source>Programme progress: works and verified savings</source>
        <translation>规划实施进度：工程与实测节能</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/progress.py" line="61"/>
        <source>Floor area by year [10,000 m²]</source>
        <translation>各年度建筑面积（万㎡）</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/progress.py" line="66"/>
        <source>Predicted (completed)</source>
        <translation>预测（已竣工）</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/progress.py" line="67"/>
        <source>Measured (verified)</source>
        <translation>实测（已核验）</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/progress.py" line="68"/>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/progress.py" line="69"/>
        <source>Cumulative coal saving [tce/a]</source>
        <translation>累计节煤量（tce/年）</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/progress.py" line="73"/>
        <source>Measured saving %1 tce/a (%2 % of the target) from %3 verified buildings; realisation rate %4.</source>
        <translation>实测节煤 %1 tce/年（目标的 %2%），来自 %3 栋已核验楼栋；实现率 %4。</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <location filename="../../ui/database.py" line="50"/>
        <source>New database</source>
        <translation>新建数据库</translation>
    </message>
    <message>
        <location filename="../../ui/database.py" line="51"/>
        <source>SQLite database (*.sqlite *.db)</source>
        <translation>SQLite 数据库 (*.sqlite *.db)</translation>
    </message>
    <message>
        <location filename="../../ui/database.py" line="58"/>
        <source>A database file on this computer…</source>
        <translation>本机上的数据库文件…</translation>
    </message>
    <message>
        <location filename="../../ui/database.py" line="59"/>
        <source>A shared PostgreSQL database (URL)…</source>
        <translation>共享的 PostgreSQL 数据库（URL）…</translation>
    </message>
    <message>
        <location filename="../../ui/database.py" line="61"/>
        <location filename="../../ui/database.py" line="66"/>
        <location filename="../../ui/database.py" line="71"/>
        <source>Open database</source>
        <translation>打开数据库</translation>
    </message>
    <message>
        <location filename="../../ui/database.py" line="61"/>
        <source>Open:</source>
        <translation>打开：</translation>
    </message>
    <message>
        <location filename="../../ui/database.py" line="67"/>
        <source>SQLite database (*.sqlite *.db);;All files (*)</source>
        <translation>SQLite 数据库 (*.sqlite *.db);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../ui/database.py" line="72"/>
        <source>URL, e.g. postgresql+psycopg://user@server/retrofit</source>
        <translation>URL，例如 postgresql+psycopg://user@server/retrofit</translation>
    </message>
    <message>
        <location filename="../../ui/database.py" line="121"/>
        <source>Export register</source>
        <translation>导出台账</translation>
    </message>
    <message>
        <location filename="../../ui/database.py" line="112"/>
        <location filename="../../ui/database.py" line="123"/>
        <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel 工作簿 (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/database.py" line="117"/>
        <location filename="../../ui/database.py" line="128"/>
        <source>Exporting…</source>
        <translation>正在导出…</translation>
    </message>
    <message>
        <location filename="../../ui/database.py" line="139"/>
        <source>Reports</source>
        <translation>报告</translation>
    </message>
    <message>
        <location filename="../../ui/database.py" line="140"/>
        <source>Reports are not available with this database.</source>
        <translation>此数据库无法生成报告。</translation>
    </message>
    <message>
        <location filename="../../ui/database.py" line="110"/>
        <source>Export meter register</source>
        <translation>导出计量数据</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln building(s)</source>
        <translation>
            <numerusform>已导出 %Ln 栋楼</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln reading(s)</source>
        <translation>
            <numerusform>已导出 %Ln 条读数</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Your change is kept. Retry now, or later press Enter on the cell to save it.</source>
        <translation>您的修改已保留。可以现在重试，也可以稍后在该单元格上按回车键保存。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="93"/>
        <source>Copy details</source>
        <translation>复制详细信息</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="61"/>
        <source>Retrofit Planner</source>
        <extracomment>The log file of the desktop app, once :func:`setup_logging` ran.</extracomment>
        <translation>既有住宅节能改造规划</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="70"/>
        <source>The row was reloaded with the stored values.</source>
        <translation>已按数据库中的值重新载入该行。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="80"/>
        <source>Unexpected error</source>
        <translation>意外错误</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="81"/>
        <source>Something went wrong. Your saved data is safe; the details are in the log file.</source>
        <translation>程序出现错误。已保存的数据不受影响；详细信息见日志文件。</translation>
    </message>
    <message>
        <source>Log file:</source>
        <translation>日志文件：</translation>
    </message>
</context>
<context>
    <name>EstateTree</name>
    <message>
        <location filename="../../ui/estates/tree_model.py" line="108"/>
        <source>Estate</source>
        <translation>小区</translation>
    </message>
    <message>
        <location filename="../../ui/estates/tree_model.py" line="109"/>
        <source>Buildings</source>
        <translation>楼栋</translation>
    </message>
    <message>
        <location filename="../../ui/estates/tree_model.py" line="82"/>
        <location filename="../../ui/estates/tree_model.py" line="112"/>
        <source>All buildings</source>
        <extracomment>Inputs whose absence counts as &quot;missing data&quot; (the engine then uses typical defaults).</extracomment>
        <translation>全部楼栋</translation>
    </message>
    <message>
        <location filename="../../ui/estates/tree_model.py" line="88"/>
        <source>(no district)</source>
        <translation>（未填区/县）</translation>
    </message>
</context>
<context>
    <name>EstatesPanel</name>
    <message>
        <location filename="../../ui/estates/panel.py" line="79"/>
        <source>Search estate, address or building no.</source>
        <translation>搜索小区、地址或楼号</translation>
    </message>
    <message>
        <location filename="../../ui/estates/panel.py" line="80"/>
        <source>Consent below threshold</source>
        <translation>居民同意率低于门槛</translation>
    </message>
    <message>
        <location filename="../../ui/estates/panel.py" line="81"/>
        <source>Missing data</source>
        <translation>数据缺失</translation>
    </message>
    <message>
        <location filename="../../ui/estates/panel.py" line="82"/>
        <source>Edit estate…</source>
        <translation>编辑小区…</translation>
    </message>
    <message>
        <location filename="../../ui/estates/panel.py" line="129"/>
        <source>Any mode</source>
        <translation>所有改造模式</translation>
    </message>
    <message>
        <location filename="../../ui/estates/panel.py" line="130"/>
        <source>Any package</source>
        <translation>所有改造方案</translation>
    </message>
    <message>
        <location filename="../../ui/estates/panel.py" line="131"/>
        <source>Any year</source>
        <translation>所有年度</translation>
    </message>
    <message>
        <location filename="../../ui/estates/panel.py" line="185"/>
        <source>New estate</source>
        <translation>新建小区</translation>
    </message>
    <message>
        <location filename="../../ui/estates/panel.py" line="197"/>
        <source>Estate %1</source>
        <translation>小区 %1</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <location filename="../../ui/export.py" line="118"/>
        <source>Export to Excel</source>
        <translation>导出到 Excel</translation>
    </message>
    <message>
        <location filename="../../ui/export.py" line="119"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/export.py" line="146"/>
        <source>Writing %1…</source>
        <translation>正在写入 %1…</translation>
    </message>
    <message>
        <location filename="../../ui/export.py" line="161"/>
        <location filename="../../ui/export.py" line="171"/>
        <source>Export to Excel…</source>
        <translation>导出到 Excel…</translation>
    </message>
</context>
<context>
    <name>FirstRun</name>
    <message>
        <location filename="../../ui/first_run.py" line="39"/>
        <source>Welcome to Retrofit Planner</source>
        <translation>欢迎使用既有住宅节能改造规划</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="40"/>
        <source>How would you like to start?</source>
        <translation>您想如何开始？</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="41"/>
        <source>The demo city is a made-up Tangshan with 470 estates to look around in; nothing you do there touches your own records.

An empty database is where your own records go: type them in or import the registers you have (File → Import).</source>
        <translation>示例城市是一个虚构的唐山，有 470 个小区，可以随意查看和试用，不会影响您自己的记录。

空数据库用于保存您自己的记录：可以逐条录入，也可以导入现有的台账（文件 → 导入）。</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="46"/>
        <source>Open the demo city</source>
        <translation>打开示例城市</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="47"/>
        <source>Start an empty database</source>
        <translation>新建空数据库</translation>
    </message>
</context>
<context>
    <name>Forms</name>
    <message>
        <location filename="../../ui/buildings/delegates.py" line="119"/>
        <location filename="../../ui/forms.py" line="77"/>
        <location filename="../../ui/forms.py" line="149"/>
        <source>Allowed: %1</source>
        <translation>允许范围：%1</translation>
    </message>
    <message>
        <location filename="../../ui/forms.py" line="74"/>
        <source>e.g. %1</source>
        <translation>例如 %1</translation>
    </message>
</context>
<context>
    <name>Funding</name>
    <message>
        <location filename="../../ui/results/panel.py" line="20"/>
        <location filename="../../ui/results/panel.py" line="26"/>
        <source>Central subsidy</source>
        <translation>中央财政奖励</translation>
    </message>
    <message>
        <location filename="../../ui/results/panel.py" line="21"/>
        <location filename="../../ui/results/panel.py" line="27"/>
        <source>Local top-up</source>
        <translation>地方配套</translation>
    </message>
    <message>
        <location filename="../../ui/results/panel.py" line="22"/>
        <location filename="../../ui/results/panel.py" line="28"/>
        <source>Heat utility</source>
        <translation>供热企业</translation>
    </message>
    <message>
        <location filename="../../ui/results/panel.py" line="23"/>
        <source>Sales of new floor area</source>
        <translation>新增面积销售</translation>
    </message>
    <message>
        <location filename="../../ui/results/panel.py" line="24"/>
        <source>Residents</source>
        <translation>居民</translation>
    </message>
    <message>
        <location filename="../../ui/results/panel.py" line="25"/>
        <location filename="../../ui/results/panel.py" line="29"/>
        <source>City budget</source>
        <translation>市财政</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <location filename="../../ui/help.py" line="90"/>
        <source>&lt;h3&gt;Retrofit Planner %1&lt;/h3&gt;&lt;p&gt;Energy retrofits of old housing estates in northern China&apos;s district-heating cities: records, the JGJ 26 degree-day method, the programme year by year, plans and summaries as PDF.&lt;/p&gt;</source>
        <extracomment>The width the guide&apos;s pictures are shown at (the screenshots are 1400 pixels wide). [px]</extracomment>
        <translation>&lt;h3&gt;既有住宅节能改造规划 %1&lt;/h3&gt;&lt;p&gt;北方集中供热城市老旧小区节能改造：台账、JGJ 26 度日法计算、逐年改造规划、改造方案和居民告知书（PDF）。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="96"/>
        <source>About Retrofit Planner</source>
        <translation>关于既有住宅节能改造规划</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="39"/>
        <location filename="../../ui/help.py" line="53"/>
        <source>User guide</source>
        <translation>使用手册</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../ui/imports/wizard.py" line="49"/>
        <source>New estates: %1, changed estates: %2, new buildings: %3, changed buildings: %4, unchanged buildings: %5</source>
        <translation>新增小区：%1，修改小区：%2，新增楼栋：%3，修改楼栋：%4，未变楼栋：%5</translation>
    </message>
    <message>
        <location filename="../../ui/imports/wizard.py" line="79"/>
        <source>Choose a register file</source>
        <translation>选择台账文件</translation>
    </message>
    <message>
        <location filename="../../ui/imports/wizard.py" line="80"/>
        <source>A CSV or Excel file with one row per building (see the import template).</source>
        <translation>每栋楼一行的 CSV 或 Excel 文件（见导入模板）。</translation>
    </message>
    <message>
        <location filename="../../ui/imports/wizard.py" line="111"/>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location filename="../../ui/imports/wizard.py" line="118"/>
        <source>Register file</source>
        <translation>台账文件</translation>
    </message>
    <message>
        <location filename="../../ui/imports/wizard.py" line="119"/>
        <source>Registers (*.xlsx *.xlsm *.xls *.ods *.csv *.txt);;All files (*)</source>
        <translation>台账 (*.xlsx *.xlsm *.xls *.ods *.csv *.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../ui/imports/wizard.py" line="133"/>
        <source>Columns and preview</source>
        <translation>列对应与预览</translation>
    </message>
    <message>
        <location filename="../../ui/imports/wizard.py" line="135"/>
        <source>Column in the file</source>
        <translation>文件中的列</translation>
    </message>
    <message>
        <location filename="../../ui/imports/wizard.py" line="136"/>
        <source>Sample values</source>
        <translation>示例值</translation>
    </message>
    <message>
        <location filename="../../ui/imports/wizard.py" line="136"/>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <location filename="../../ui/imports/wizard.py" line="139"/>
        <source>Check again</source>
        <translation>重新检查</translation>
    </message>
    <message>
        <location filename="../../ui/imports/wizard.py" line="144"/>
        <source>Export errors (CSV)…</source>
        <translation>导出错误清单（CSV）…</translation>
    </message>
    <message>
        <location filename="../../ui/imports/wizard.py" line="169"/>
        <source>ignored</source>
        <translation>忽略</translation>
    </message>
    <message>
        <location filename="../../ui/imports/wizard.py" line="170"/>
        <source>(automatic: %1)</source>
        <translation>（自动：%1）</translation>
    </message>
    <message>
        <location filename="../../ui/imports/wizard.py" line="171"/>
        <source>(ignore)</source>
        <translation>（忽略）</translation>
    </message>
    <message>
        <location filename="../../ui/imports/wizard.py" line="56"/>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <location filename="../../ui/imports/wizard.py" line="56"/>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <location filename="../../ui/imports/wizard.py" line="57"/>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <location filename="../../ui/imports/wizard.py" line="57"/>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../../ui/imports/wizard.py" line="218"/>
        <source>Export errors</source>
        <translation>导出错误清单</translation>
    </message>
    <message>
        <location filename="../../ui/imports/wizard.py" line="232"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../ui/imports/wizard.py" line="237"/>
        <source>Cancel import</source>
        <translation>取消导入</translation>
    </message>
    <message>
        <location filename="../../ui/imports/wizard.py" line="249"/>
        <source>Importing…</source>
        <translation>正在导入…</translation>
    </message>
    <message>
        <location filename="../../ui/imports/wizard.py" line="270"/>
        <source>Imported.</source>
        <translation>导入完成。</translation>
    </message>
    <message>
        <location filename="../../ui/imports/wizard.py" line="276"/>
        <source>Cancelled; nothing was changed.</source>
        <translation>已取消，未做任何修改。</translation>
    </message>
    <message>
        <location filename="../../ui/imports/wizard.py" line="79"/>
        <source>Import register</source>
        <translation>导入台账</translation>
    </message>
    <message>
        <location filename="../../ui/imports/meters.py" line="17"/>
        <source>New readings: %1, changed readings: %2, unchanged readings: %3 (%4 estates)</source>
        <translation>新增读数：%1，更新读数：%2，未变读数：%3（%4 个小区）</translation>
    </message>
    <message>
        <location filename="../../ui/imports/meters.py" line="26"/>
        <source>Import meter register</source>
        <translation>导入计量数据</translation>
    </message>
    <message>
        <location filename="../../ui/imports/meters.py" line="27"/>
        <source>Choose a meter register</source>
        <translation>选择计量数据文件</translation>
    </message>
    <message>
        <location filename="../../ui/imports/meters.py" line="28"/>
        <source>A CSV or Excel file with one row per building (or estate meter) and heating season: heat in GJ or MWh, or coal in tce.</source>
        <translation>CSV 或 Excel 文件，每栋楼（或小区总表）每个采暖季一行：供热量（GJ 或 MWh）或耗煤量（tce）。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="238"/>
        <source>Retrofit Planner</source>
        <translation>既有住宅节能改造规划</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="239"/>
        <source>Estates</source>
        <translation>小区</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="240"/>
        <source>Results</source>
        <translation>计算结果</translation>
    </message>
    <message>
        <location filename="../../ui/buildings/panel.py" line="98"/>
        <location filename="../../ui/main_window.py" line="241"/>
        <source>Buildings</source>
        <translation>楼栋</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="242"/>
        <source>Programme dashboard</source>
        <translation>规划总览</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="243"/>
        <source>Compare packages</source>
        <translation>方案比较</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="140"/>
        <location filename="../../ui/main_window.py" line="244"/>
        <source>Planner</source>
        <translation>年度规划</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="149"/>
        <source>Exported to %1</source>
        <translation>已导出到 %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="247"/>
        <source>Database: %1</source>
        <translation>数据库：%1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="245"/>
        <source>Verification</source>
        <translation>效果核验</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <location filename="../../ui/actions.py" line="54"/>
        <source>&amp;Undo %1</source>
        <translation>撤销 %1(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="55"/>
        <source>&amp;Redo %1</source>
        <translation>重做 %1(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="63"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="64"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="65"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="66"/>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="67"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="70"/>
        <source>&amp;New database…</source>
        <translation>新建数据库(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="71"/>
        <source>&amp;Open database…</source>
        <translation>打开数据库(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="72"/>
        <source>Open the &amp;demo city</source>
        <translation>打开示范城市(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="73"/>
        <source>&amp;Import register…</source>
        <translation>导入台账(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="74"/>
        <source>&amp;Export register…</source>
        <translation>导出台账(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="75"/>
        <source>Export this &amp;table to Excel…</source>
        <translation>将当前表格导出到 Excel(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="78"/>
        <source>&amp;Reports…</source>
        <translation>生成报告(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="79"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="80"/>
        <source>Edit building in a &amp;form…</source>
        <translation>表单编辑楼栋(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="81"/>
        <source>Edit &amp;estate…</source>
        <translation>编辑小区(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="82"/>
        <source>New es&amp;tate…</source>
        <translation>新建小区(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="83"/>
        <source>New &amp;building…</source>
        <translation>新建楼栋(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="84"/>
        <source>&amp;Delete selected buildings…</source>
        <translation>删除选中楼栋(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="85"/>
        <source>Set &amp;mode for selection…</source>
        <translation>批量设置改造模式(&amp;M)…</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="86"/>
        <source>Set &amp;package for selection…</source>
        <translation>批量设置改造方案(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="87"/>
        <source>Set planned &amp;year for selection…</source>
        <translation>批量设置计划年度(&amp;Y)…</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="89"/>
        <source>&amp;Measures and packages…</source>
        <translation>措施与改造方案(&amp;M)…</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="90"/>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="91"/>
        <source>&amp;All buildings</source>
        <translation>全部楼栋(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="92"/>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="93"/>
        <source>&amp;Find estate</source>
        <translation>查找小区(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="97"/>
        <source>&amp;About</source>
        <translation>关于(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="98"/>
        <source>Open the &amp;log folder</source>
        <translation>打开日志文件夹(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="96"/>
        <source>&amp;User guide</source>
        <translation>使用手册(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="76"/>
        <source>Import &amp;meter register…</source>
        <translation>导入计量数据(&amp;M)…</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="77"/>
        <source>Export meter re&amp;gister…</source>
        <translation>导出计量数据(&amp;G)…</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="88"/>
        <source>Set the &amp;works for selection…</source>
        <translation>设置选中楼栋的实施情况(&amp;W)…</translation>
    </message>
</context>
<context>
    <name>Planner</name>
    <message>
        <location filename="../../ui/planner/inputs.py" line="82"/>
        <source>First year</source>
        <translation>起始年度</translation>
    </message>
    <message>
        <location filename="../../ui/planner/inputs.py" line="82"/>
        <source>Last year</source>
        <translation>结束年度</translation>
    </message>
    <message>
        <location filename="../../ui/planner/inputs.py" line="92"/>
        <source>Saved coal</source>
        <translation>节约标煤</translation>
    </message>
    <message>
        <location filename="../../ui/planner/inputs.py" line="92"/>
        <source>Saved CO2</source>
        <translation>减排 CO2</translation>
    </message>
    <message>
        <location filename="../../ui/planner/inputs.py" line="93"/>
        <source>Freed capacity</source>
        <translation>释放供热能力</translation>
    </message>
    <message>
        <location filename="../../ui/planner/inputs.py" line="97"/>
        <source>Inputs</source>
        <translation>输入</translation>
    </message>
    <message>
        <location filename="../../ui/planner/panel.py" line="170"/>
        <source>Year by year</source>
        <translation>逐年计划</translation>
    </message>
    <message>
        <location filename="../../ui/planner/inputs.py" line="98"/>
        <source>Plan</source>
        <translation>编制规划</translation>
    </message>
    <message>
        <location filename="../../ui/planner/inputs.py" line="99"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../ui/planner/tables.py" line="78"/>
        <source>Save plan…</source>
        <translation>保存规划…</translation>
    </message>
    <message>
        <location filename="../../ui/planner/panel.py" line="172"/>
        <source>The planner is not available in this version.</source>
        <translation>此版本不提供年度规划。</translation>
    </message>
    <message>
        <location filename="../../ui/planner/presenter.py" line="69"/>
        <location filename="../../ui/planner/presenter.py" line="85"/>
        <source>Planning…</source>
        <translation>正在编制规划…</translation>
    </message>
    <message>
        <location filename="../../ui/planner/figures.py" line="88"/>
        <source>%1 (%2 % of the target)</source>
        <translation>%1（达目标 %2 %）</translation>
    </message>
    <message>
        <location filename="../../ui/planner/figures.py" line="75"/>
        <source>%1; net of new load %2</source>
        <translation>%1；扣除新增负荷后 %2</translation>
    </message>
    <message>
        <location filename="../../ui/planner/panel.py" line="286"/>
        <source>Save plan</source>
        <translation>保存规划</translation>
    </message>
    <message>
        <location filename="../../ui/planner/panel.py" line="286"/>
        <location filename="../../ui/planner/tables.py" line="29"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../ui/planner/figures.py" line="22"/>
        <location filename="../../ui/planner/tables.py" line="131"/>
        <source>Estates</source>
        <translation>小区</translation>
    </message>
    <message>
        <location filename="../../ui/planner/figures.py" line="23"/>
        <source>Households</source>
        <translation>户数</translation>
    </message>
    <message>
        <location filename="../../ui/planner/figures.py" line="24"/>
        <source>Floor area [m²]</source>
        <translation>建筑面积 [m²]</translation>
    </message>
    <message>
        <location filename="../../ui/planner/cost_curve.py" line="110"/>
        <location filename="../../ui/planner/figures.py" line="26"/>
        <source>Saved coal [tce/a]</source>
        <translation>节约标煤 [tce/年]</translation>
    </message>
    <message>
        <location filename="../../ui/planner/figures.py" line="27"/>
        <source>Saved CO2 [t/a]</source>
        <translation>减排 CO2 [t/年]</translation>
    </message>
    <message>
        <location filename="../../ui/planner/figures.py" line="28"/>
        <source>Freed capacity [MW]</source>
        <translation>释放供热能力 [MW]</translation>
    </message>
    <message>
        <location filename="../../ui/planner/figures.py" line="37"/>
        <source>Minimum consent rate</source>
        <translation>最低居民同意率</translation>
    </message>
    <message>
        <location filename="../../ui/planner/figures.py" line="38"/>
        <source>Minimum remaining life [a]</source>
        <translation>最短剩余使用年限 [年]</translation>
    </message>
    <message>
        <location filename="../../ui/planner/figures.py" line="39"/>
        <source>CO2 factor [t/tce]</source>
        <translation>CO2 排放因子 [t/tce]</translation>
    </message>
    <message>
        <location filename="../../ui/planner/figures.py" line="40"/>
        <source>Prices</source>
        <translation>价格基准</translation>
    </message>
    <message>
        <location filename="../../ui/planner/figures.py" line="41"/>
        <source>Coal price [RMB/tce]</source>
        <translation>标煤价格 [元/tce]</translation>
    </message>
    <message>
        <location filename="../../ui/planner/tables.py" line="29"/>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <location filename="../../ui/planner/tables.py" line="30"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/planner/tables.py" line="30"/>
        <source>Saved</source>
        <translation>保存日期</translation>
    </message>
    <message>
        <location filename="../../ui/planner/tables.py" line="31"/>
        <source>Saved [tce/a]</source>
        <translation>节约标煤 [tce/年]</translation>
    </message>
    <message>
        <location filename="../../ui/planner/tables.py" line="33"/>
        <source>draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <location filename="../../ui/planner/tables.py" line="33"/>
        <source>approved</source>
        <translation>已审批</translation>
    </message>
    <message>
        <location filename="../../ui/planner/figures.py" line="44"/>
        <source>MILP</source>
        <translation>混合整数规划</translation>
    </message>
    <message>
        <location filename="../../ui/planner/figures.py" line="44"/>
        <source>greedy rule</source>
        <translation>贪心算法</translation>
    </message>
    <message>
        <location filename="../../ui/planner/panel.py" line="162"/>
        <source>Saved plans</source>
        <translation>已保存的规划</translation>
    </message>
    <message>
        <location filename="../../ui/planner/panel.py" line="163"/>
        <source>Plan totals</source>
        <translation>规划合计</translation>
    </message>
    <message>
        <location filename="../../ui/planner/panel.py" line="164"/>
        <source>Mode shares (floor area)</source>
        <translation>各改造模式比例（按建筑面积）</translation>
    </message>
    <message>
        <location filename="../../ui/planner/panel.py" line="165"/>
        <source>Rules and assumptions</source>
        <translation>规则与假定</translation>
    </message>
    <message>
        <location filename="../../ui/planner/panel.py" line="166"/>
        <source>Cost by funding source</source>
        <translation>逐年投资及资金来源</translation>
    </message>
    <message>
        <location filename="../../ui/planner/panel.py" line="167"/>
        <source>Saved coal against the programme target</source>
        <translation>累计节约标煤与规划目标</translation>
    </message>
    <message>
        <location filename="../../ui/planner/tables.py" line="75"/>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <location filename="../../ui/planner/tables.py" line="76"/>
        <source>Approve…</source>
        <translation>审批…</translation>
    </message>
    <message>
        <location filename="../../ui/planner/tables.py" line="77"/>
        <source>Delete…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <location filename="../../ui/planner/tables.py" line="79"/>
        <source>Show the selected plan with its inputs</source>
        <translation>显示所选规划及其输入</translation>
    </message>
    <message>
        <location filename="../../ui/planner/tables.py" line="80"/>
        <source>Approve the selected draft; an approved plan is locked</source>
        <translation>审批所选草稿；审批后的规划被锁定</translation>
    </message>
    <message>
        <location filename="../../ui/planner/tables.py" line="81"/>
        <source>Delete the selected draft</source>
        <translation>删除所选草稿</translation>
    </message>
    <message>
        <location filename="../../ui/planner/tables.py" line="82"/>
        <source>Save the shown plan as a draft (a new version when the name exists)</source>
        <translation>将当前显示的规划保存为草稿（名称已存在时保存为新版本）</translation>
    </message>
    <message>
        <location filename="../../ui/planner/figures.py" line="125"/>
        <source>%1 %2 % ≤ %3 % (cap kept)</source>
        <translation>%1 %2 % ≤ %3 %（未超上限）</translation>
    </message>
    <message>
        <location filename="../../ui/planner/figures.py" line="126"/>
        <source>%1 %2 % &gt; %3 % (over the cap)</source>
        <translation>%1 %2 % &gt; %3 %（超过上限）</translation>
    </message>
    <message>
        <location filename="../../ui/planner/figures.py" line="144"/>
        <source>%1 (shorter: rebuild)</source>
        <translation>%1（不足者拆改建）</translation>
    </message>
    <message>
        <location filename="../../ui/planner/figures.py" line="149"/>
        <source>2010 prices</source>
        <translation>2010 年价格</translation>
    </message>
    <message>
        <location filename="../../ui/planner/figures.py" line="150"/>
        <source>Today&apos;s prices</source>
        <translation>现行价格</translation>
    </message>
    <message>
        <location filename="../../ui/planner/figures.py" line="25"/>
        <location filename="../../ui/planner/panel.py" line="212"/>
        <location filename="../../ui/planner/tables.py" line="132"/>
        <source>Cost</source>
        <translation>投资</translation>
    </message>
    <message>
        <location filename="../../ui/planner/panel.py" line="214"/>
        <location filename="../../ui/planner/tables.py" line="131"/>
        <source>Budget</source>
        <translation>预算</translation>
    </message>
    <message>
        <location filename="../../ui/planner/panel.py" line="217"/>
        <source>Cumulative saved coal</source>
        <translation>累计节约标煤</translation>
    </message>
    <message>
        <location filename="../../ui/planner/panel.py" line="218"/>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <location filename="../../ui/planner/panel.py" line="218"/>
        <source>tce/a</source>
        <translation>tce/年</translation>
    </message>
    <message>
        <location filename="../../ui/planner/tables.py" line="145"/>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <location filename="../../ui/planner/panel.py" line="221"/>
        <source>Why are these estates waiting? (%1)</source>
        <translation>这些小区为什么暂缓？（%1 个）</translation>
    </message>
    <message>
        <location filename="../../ui/planner/tables.py" line="91"/>
        <source>Saved on %1</source>
        <translation>保存于 %1</translation>
    </message>
    <message>
        <location filename="../../ui/planner/tables.py" line="93"/>
        <source>Approved on %1: locked</source>
        <translation>审批于 %1：已锁定</translation>
    </message>
    <message>
        <location filename="../../ui/planner/presenter.py" line="143"/>
        <source>Saved plan “%1”, version %2 (%3).</source>
        <translation>已保存的规划“%1”，第 %2 版（%3）。</translation>
    </message>
    <message>
        <location filename="../../ui/planner/panel.py" line="268"/>
        <source>Approve the plan “%1”, version %2? An approved plan is locked: it can no longer be changed or deleted.</source>
        <translation>审批规划“%1”第 %2 版？审批后规划被锁定，不能再修改或删除。</translation>
    </message>
    <message>
        <location filename="../../ui/planner/panel.py" line="270"/>
        <source>Approve plan</source>
        <translation>审批规划</translation>
    </message>
    <message>
        <location filename="../../ui/planner/presenter.py" line="164"/>
        <source>Plan “%1” approved.</source>
        <translation>规划“%1”已审批。</translation>
    </message>
    <message>
        <location filename="../../ui/planner/panel.py" line="278"/>
        <source>Delete the plan “%1”, version %2?</source>
        <translation>删除规划“%1”第 %2 版？</translation>
    </message>
    <message>
        <location filename="../../ui/planner/panel.py" line="279"/>
        <source>Delete plan</source>
        <translation>删除规划</translation>
    </message>
    <message>
        <location filename="../../ui/planner/presenter.py" line="168"/>
        <source>Plan “%1” deleted.</source>
        <translation>规划“%1”已删除。</translation>
    </message>
    <message>
        <location filename="../../ui/planner/presenter.py" line="193"/>
        <source>Saved as draft “%1”.</source>
        <translation>已保存为草稿“%1”。</translation>
    </message>
    <message>
        <location filename="../../ui/planner/presenter.py" line="111"/>
        <source>Plan ready: %1 estates, %2 tce/a saved.</source>
        <translation>规划完成：%1 个小区，节约标煤 %2 tce/年。</translation>
    </message>
    <message>
        <location filename="../../ui/planner/inputs.py" line="84"/>
        <source>Rebuild cap</source>
        <translation>拆改建比例上限</translation>
    </message>
    <message>
        <location filename="../../ui/planner/inputs.py" line="85"/>
        <source>Minimum rebuild share</source>
        <translation>拆改建比例下限</translation>
    </message>
    <message>
        <location filename="../../ui/planner/inputs.py" line="85"/>
        <source>Choose modes</source>
        <translation>优化改造模式</translation>
    </message>
    <message>
        <location filename="../../ui/planner/inputs.py" line="86"/>
        <source>Aim</source>
        <translation>规划目标</translation>
    </message>
    <message>
        <location filename="../../ui/planner/inputs.py" line="86"/>
        <source>Measure</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../../ui/planner/inputs.py" line="87"/>
        <source>Target (least cost)</source>
        <translation>目标值（最低费用）</translation>
    </message>
    <message>
        <location filename="../../ui/planner/inputs.py" line="87"/>
        <source>Time limit</source>
        <translation>求解时限</translation>
    </message>
    <message>
        <location filename="../../ui/planner/inputs.py" line="90"/>
        <source>Let the planner choose each estate&apos;s modes among those its buildings allow</source>
        <translation>由规划在各楼栋允许的改造模式中为每个小区选择模式</translation>
    </message>
    <message>
        <location filename="../../ui/planner/inputs.py" line="94"/>
        <source>Most saving within the budget</source>
        <translation>预算内节能量最大</translation>
    </message>
    <message>
        <location filename="../../ui/planner/inputs.py" line="95"/>
        <source>Least cost to reach the target</source>
        <translation>达到目标的最低费用</translation>
    </message>
    <message>
        <location filename="../../ui/planner/cost_curve.py" line="61"/>
        <source>Target %1 tce/a</source>
        <translation>目标 %1 tce/a</translation>
    </message>
    <message>
        <location filename="../../ui/planner/cost_curve.py" line="67"/>
        <source>RMB per tce/a</source>
        <translation>元 /（tce/a）</translation>
    </message>
    <message>
        <location filename="../../ui/planner/figures.py" line="29"/>
        <source>Cost per tce/a [RMB]</source>
        <translation>每 tce/a 投资［元］</translation>
    </message>
    <message>
        <location filename="../../ui/planner/figures.py" line="30"/>
        <source>Cost per kW freed [RMB]</source>
        <translation>每 kW 释放能力投资［元］</translation>
    </message>
    <message>
        <location filename="../../ui/planner/figures.py" line="31"/>
        <source>Heat company&apos;s payback [a]</source>
        <translation>供热企业回收期［年］</translation>
    </message>
    <message>
        <location filename="../../ui/planner/figures.py" line="32"/>
        <source>City&apos;s payback [a]</source>
        <translation>政府回收期［年］</translation>
    </message>
    <message>
        <location filename="../../ui/planner/figures.py" line="34"/>
        <source>Solver</source>
        <translation>求解结果</translation>
    </message>
    <message>
        <location filename="../../ui/planner/figures.py" line="42"/>
        <source>Discount rate, coal-price escalation</source>
        <translation>折现率、煤价年涨幅</translation>
    </message>
    <message>
        <location filename="../../ui/planner/panel.py" line="168"/>
        <source>Cost per tonne (cost curve)</source>
        <translation>每吨投资（成本曲线）</translation>
    </message>
    <message>
        <location filename="../../ui/planner/figures.py" line="130"/>
        <source>, at least %1 %</source>
        <translation>，不低于 %1 %</translation>
    </message>
    <message>
        <location filename="../../ui/planner/presenter.py" line="80"/>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <location filename="../../ui/planner/presenter.py" line="99"/>
        <source>Cancelled: no plan was made.</source>
        <translation>已取消：未生成规划。</translation>
    </message>
    <message>
        <location filename="../../ui/planner/inputs.py" line="83"/>
        <source>Budget per year [%1]</source>
        <translation>年度预算 [%1]</translation>
    </message>
    <message>
        <location filename="../../ui/planner/figures.py" line="33"/>
        <source>Net present value</source>
        <translation>净现值</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <location filename="../../ui/i18n.py" line="40"/>
        <source>Drive</source>
        <translation>驱动器</translation>
    </message>
    <message>
        <source>Folder</source>
        <comment>All other platforms</comment>
        <translation>文件夹</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../../ui/i18n.py" line="37"/>
        <source>&amp;Look in:</source>
        <extracomment>Texts of Qt&apos;s own file dialog that Qt&apos;s Chinese catalogue (qtbase_zh_CN) lacks: our catalogue, installed after Qt&apos;s, has them, so that the dialogs to open and save files speak the UI language.</extracomment>
        <translation>查找范围(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="38"/>
        <source>Files of &amp;type:</source>
        <translation>文件类型(&amp;T)：</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <location filename="../../ui/reports/dialog.py" line="42"/>
        <source>Estate retrofit plan</source>
        <translation>小区改造方案</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dialog.py" line="43"/>
        <source>Residents&apos; summary</source>
        <translation>居民告知书</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dialog.py" line="45"/>
        <source>Programme report (city)</source>
        <translation>全市规划报告</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dialog.py" line="66"/>
        <source>Reports</source>
        <translation>报告</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dialog.py" line="116"/>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dialog.py" line="122"/>
        <source>Create PDFs</source>
        <translation>生成 PDF</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dialog.py" line="151"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dialog.py" line="152"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dialog.py" line="153"/>
        <location filename="../../ui/reports/dialog.py" line="219"/>
        <source>Folder</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dialog.py" line="155"/>
        <source>Estates</source>
        <translation>小区</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dialog.py" line="229"/>
        <source>Choose at least one estate.</source>
        <translation>请至少选择一个小区。</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dialog.py" line="240"/>
        <source>Creating reports…</source>
        <translation>正在生成报告…</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dialog.py" line="280"/>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dialog.py" line="211"/>
        <source>%1 of %2 estates ticked</source>
        <translation>已勾选 %1 / %2 个小区</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dialog.py" line="85"/>
        <source>All districts</source>
        <translation>全部区县</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dialog.py" line="88"/>
        <source>Any planned year</source>
        <translation>全部计划年度</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dialog.py" line="249"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dialog.py" line="249"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dialog.py" line="134"/>
        <source>District</source>
        <translation>区/县</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dialog.py" line="90"/>
        <source>No saved plan</source>
        <translation>不按已保存的规划</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dialog.py" line="124"/>
        <source>Open folder</source>
        <translation>打开文件夹</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dialog.py" line="136"/>
        <source>Planned year</source>
        <translation>计划年度</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dialog.py" line="138"/>
        <source>Saved plan</source>
        <translation>已保存的规划</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dialog.py" line="99"/>
        <source>Search estate, district or address</source>
        <translation>搜索小区、区县或地址</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dialog.py" line="71"/>
        <source>Select all</source>
        <translation>全选</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dialog.py" line="72"/>
        <source>Select none</source>
        <translation>全不选</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dialog.py" line="235"/>
        <source>The folder cannot be made: %1</source>
        <translation>无法创建文件夹：%1</translation>
    </message>
    <message>
        <location filename="../../ui/reports/dialog.py" line="44"/>
        <source>Verification of the savings (estate)</source>
        <translation>节能效果核验（小区）</translation>
    </message>
    <message numerus="yes">
        <source>%Ln PDF file(s) created.</source>
        <translation>
            <numerusform>已生成 %Ln 个 PDF 文件。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ResultsPanel</name>
    <message>
        <location filename="../../ui/results/panel.py" line="39"/>
        <source>Selection</source>
        <translation>选择范围</translation>
    </message>
    <message>
        <location filename="../../ui/results/panel.py" line="40"/>
        <source>Floor area [m²]</source>
        <translation>建筑面积 [m²]</translation>
    </message>
    <message>
        <location filename="../../ui/results/panel.py" line="41"/>
        <source>q_H before → after [W/m²]</source>
        <translation>耗热量指标 q_H 改造前 → 后 [W/m²]</translation>
    </message>
    <message>
        <location filename="../../ui/results/panel.py" line="42"/>
        <source>Coal index before → after [kgce/m²]</source>
        <translation>耗煤量指标 改造前 → 后 [kgce/m²]</translation>
    </message>
    <message>
        <location filename="../../ui/results/panel.py" line="43"/>
        <source>Saved coal [tce/a]</source>
        <translation>节约标煤 [tce/年]</translation>
    </message>
    <message>
        <location filename="../../ui/results/panel.py" line="44"/>
        <source>Saved coal P10–P90 [tce/a]</source>
        <translation>节约标煤 P10–P90 [tce/年]</translation>
    </message>
    <message>
        <location filename="../../ui/results/panel.py" line="45"/>
        <source>Saved CO2 [t/a]</source>
        <translation>减排 CO2 [t/年]</translation>
    </message>
    <message>
        <location filename="../../ui/results/panel.py" line="46"/>
        <source>Freed capacity [MW]</source>
        <translation>释放供热能力 [MW]</translation>
    </message>
    <message>
        <location filename="../../ui/results/panel.py" line="50"/>
        <source>Cost per household [RMB]</source>
        <translation>户均投资 [元]</translation>
    </message>
    <message>
        <location filename="../../ui/results/panel.py" line="103"/>
        <source>Results</source>
        <extracomment>Rows shown only when the figures include added floor area.</extracomment>
        <translation>计算结果</translation>
    </message>
    <message>
        <location filename="../../ui/results/panel.py" line="104"/>
        <source>Before and after</source>
        <translation>改造前后对比</translation>
    </message>
    <message>
        <location filename="../../ui/results/panel.py" line="105"/>
        <source>Funding per household [RMB]</source>
        <translation>户均资金来源 [元]</translation>
    </message>
    <message>
        <location filename="../../ui/results/panel.py" line="106"/>
        <source>Notices</source>
        <translation>提示</translation>
    </message>
    <message>
        <location filename="../../ui/results/panel.py" line="117"/>
        <source>Calculating the whole city…</source>
        <translation>正在计算全市…</translation>
    </message>
    <message>
        <location filename="../../ui/results/panel.py" line="135"/>
        <source>q_H [W/m²]</source>
        <translation>q_H [W/m²]</translation>
    </message>
    <message>
        <location filename="../../ui/results/panel.py" line="136"/>
        <source>Coal [kgce/m²]</source>
        <translation>耗煤 [kgce/m²]</translation>
    </message>
    <message>
        <location filename="../../ui/results/panel.py" line="138"/>
        <source>before</source>
        <translation>改造前</translation>
    </message>
    <message>
        <location filename="../../ui/results/panel.py" line="138"/>
        <source>after</source>
        <translation>改造后</translation>
    </message>
    <message>
        <location filename="../../ui/results/panel.py" line="49"/>
        <source>Cost</source>
        <translation>投资</translation>
    </message>
    <message>
        <location filename="../../ui/results/panel.py" line="47"/>
        <source>Added floor area [m²]</source>
        <translation>新增建筑面积 [m²]</translation>
    </message>
    <message>
        <location filename="../../ui/results/panel.py" line="48"/>
        <source>New load: coal [tce/a] · plant [MW]</source>
        <translation>新增负荷：用煤 [tce/a] · 热源负荷 [MW]</translation>
    </message>
    <message>
        <location filename="../../ui/results/panel.py" line="156"/>
        <source>%1 (net %2)</source>
        <translation>%1（扣除新增负荷后 %2）</translation>
    </message>
    <message numerus="yes">
        <source>%Ln selected building(s)</source>
        <translation>
            <numerusform>选中 %Ln 栋楼</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Whole city, %Ln building(s)</source>
        <translation>
            <numerusform>全市，%Ln 栋楼</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Estate, %Ln building(s)</source>
        <translation>
            <numerusform>本小区，%Ln 栋楼</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../ui/preferences/dialog.py" line="90"/>
        <source>Settings</source>
        <extracomment>Text settings (the sender and contact of the residents&apos; letter), in the reports section.</extracomment>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../ui/preferences/dialog.py" line="97"/>
        <source>2010 prices</source>
        <translation>2010 年价格</translation>
    </message>
    <message>
        <location filename="../../ui/preferences/dialog.py" line="98"/>
        <source>Today&apos;s prices</source>
        <translation>现行价格</translation>
    </message>
    <message>
        <location filename="../../ui/preferences/dialog.py" line="132"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../ui/preferences/dialog.py" line="146"/>
        <source>CO2 preset</source>
        <translation>CO2 因子预设</translation>
    </message>
    <message>
        <location filename="../../ui/preferences/dialog.py" line="133"/>
        <source>Price basis</source>
        <translation>价格基准</translation>
    </message>
    <message>
        <location filename="../../ui/preferences/dialog.py" line="137"/>
        <source>CO2</source>
        <translation>二氧化碳</translation>
    </message>
    <message>
        <location filename="../../ui/preferences/dialog.py" line="104"/>
        <source>Custom (typed in)</source>
        <translation>自定义（手动输入）</translation>
    </message>
    <message>
        <location filename="../../ui/preferences/dialog.py" line="130"/>
        <source>General</source>
        <translation>常规</translation>
    </message>
    <message>
        <location filename="../../ui/preferences/dialog.py" line="138"/>
        <source>Prices and funding</source>
        <translation>价格与资金</translation>
    </message>
    <message>
        <location filename="../../ui/preferences/dialog.py" line="140"/>
        <source>Programme rules</source>
        <translation>规划规则</translation>
    </message>
    <message>
        <location filename="../../ui/preferences/dialog.py" line="141"/>
        <source>Reports: contractor&apos;s bill and residents&apos; letter</source>
        <translation>报告：施工工程量清单和居民告知书</translation>
    </message>
    <message>
        <location filename="../../ui/preferences/dialog.py" line="139"/>
        <source>Method</source>
        <translation>计算方法</translation>
    </message>
</context>
<context>
    <name>Tasks</name>
    <message>
        <location filename="../../ui/tasks.py" line="142"/>
        <source>Working</source>
        <translation>处理中</translation>
    </message>
    <message>
        <location filename="../../ui/tasks.py" line="143"/>
        <source>Working…</source>
        <translation>正在处理…</translation>
    </message>
    <message>
        <location filename="../../ui/tasks.py" line="144"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>Verification</name>
    <message>
        <location filename="../../ui/verification/panel.py" line="37"/>
        <source>verified</source>
        <translation>已核验</translation>
    </message>
    <message>
        <location filename="../../ui/verification/panel.py" line="38"/>
        <source>no baseline</source>
        <translation>无改造前数据</translation>
    </message>
    <message>
        <location filename="../../ui/verification/panel.py" line="39"/>
        <source>no season after</source>
        <translation>无改造后数据</translation>
    </message>
    <message>
        <location filename="../../ui/verification/panel.py" line="40"/>
        <source>no readings</source>
        <translation>无计量数据</translation>
    </message>
    <message>
        <location filename="../../ui/verification/panel.py" line="43"/>
        <source>below P10</source>
        <translation>低于 P10</translation>
    </message>
    <message>
        <location filename="../../ui/verification/panel.py" line="44"/>
        <source>within P10–P90</source>
        <translation>P10–P90 之间</translation>
    </message>
    <message>
        <location filename="../../ui/verification/panel.py" line="45"/>
        <source>above P90</source>
        <translation>高于 P90</translation>
    </message>
    <message>
        <location filename="../../ui/verification/panel.py" line="48"/>
        <source>before the works</source>
        <translation>改造前</translation>
    </message>
    <message>
        <location filename="../../ui/verification/panel.py" line="49"/>
        <source>after the works</source>
        <translation>改造后</translation>
    </message>
    <message>
        <location filename="../../ui/verification/panel.py" line="50"/>
        <source>during the works (left out)</source>
        <translation>施工期间（未计入）</translation>
    </message>
    <message>
        <location filename="../../ui/verification/panel.py" line="53"/>
        <source>Estate</source>
        <translation>小区</translation>
    </message>
    <message>
        <location filename="../../ui/verification/panel.py" line="54"/>
        <source>Buildings</source>
        <translation>楼栋数</translation>
    </message>
    <message>
        <location filename="../../ui/verification/panel.py" line="55"/>
        <source>Verified</source>
        <translation>已核验</translation>
    </message>
    <message>
        <location filename="../../ui/verification/panel.py" line="56"/>
        <source>No baseline</source>
        <translation>无改造前数据</translation>
    </message>
    <message>
        <location filename="../../ui/verification/panel.py" line="57"/>
        <source>No season after</source>
        <translation>无改造后数据</translation>
    </message>
    <message>
        <location filename="../../ui/verification/panel.py" line="58"/>
        <source>No readings</source>
        <translation>无计量数据</translation>
    </message>
    <message>
        <location filename="../../ui/verification/panel.py" line="59"/>
        <source>Estate meter</source>
        <translation>小区总表</translation>
    </message>
    <message>
        <location filename="../../ui/verification/panel.py" line="60"/>
        <location filename="../../ui/verification/panel.py" line="72"/>
        <source>Measured saving [tce/a]</source>
        <translation>实测节煤（tce/年）</translation>
    </message>
    <message>
        <location filename="../../ui/verification/panel.py" line="61"/>
        <location filename="../../ui/verification/panel.py" line="73"/>
        <source>Predicted saving [tce/a]</source>
        <translation>预测节煤（tce/年）</translation>
    </message>
    <message>
        <location filename="../../ui/verification/panel.py" line="62"/>
        <location filename="../../ui/verification/panel.py" line="74"/>
        <source>Realisation</source>
        <translation>实现率</translation>
    </message>
    <message>
        <location filename="../../ui/verification/panel.py" line="63"/>
        <source>Below P10</source>
        <translation>低于 P10</translation>
    </message>
    <message>
        <location filename="../../ui/verification/panel.py" line="66"/>
        <source>Building</source>
        <translation>楼号</translation>
    </message>
    <message>
        <location filename="../../ui/verification/panel.py" line="67"/>
        <source>Status</source>
        <translation>核验状态</translation>
    </message>
    <message>
        <location filename="../../ui/verification/panel.py" line="68"/>
        <source>Seasons before/after</source>
        <translation>采暖季 前/后</translation>
    </message>
    <message>
        <location filename="../../ui/verification/panel.py" line="69"/>
        <source>Before [kgce/m²]</source>
        <translation>改造前（kgce/㎡）</translation>
    </message>
    <message>
        <location filename="../../ui/verification/panel.py" line="70"/>
        <source>After [kgce/m²]</source>
        <translation>改造后（kgce/㎡）</translation>
    </message>
    <message>
        <location filename="../../ui/verification/panel.py" line="71"/>
        <source>Predicted after [kgce/m²]</source>
        <translation>预测改造后（kgce/㎡）</translation>
    </message>
    <message>
        <location filename="../../ui/verification/panel.py" line="75"/>
        <source>P10–P90</source>
        <translation>P10–P90</translation>
    </message>
    <message>
        <location filename="../../ui/verification/panel.py" line="76"/>
        <source>Calibration k (source)</source>
        <translation>校准系数 k（来源）</translation>
    </message>
    <message>
        <location filename="../../ui/verification/panel.py" line="79"/>
        <source>meters</source>
        <translation>计量数据</translation>
    </message>
    <message>
        <location filename="../../ui/verification/panel.py" line="80"/>
        <source>metered heat</source>
        <translation>实测供热量</translation>
    </message>
    <message>
        <location filename="../../ui/verification/panel.py" line="81"/>
        <source>metered coal</source>
        <translation>实测耗煤量</translation>
    </message>
    <message>
        <location filename="../../ui/verification/panel.py" line="154"/>
        <source>Recalculate</source>
        <translation>重新计算</translation>
    </message>
    <message>
        <location filename="../../ui/verification/panel.py" line="155"/>
        <source>The city against the heat meters</source>
        <translation>全市计量核验</translation>
    </message>
    <message>
        <location filename="../../ui/verification/panel.py" line="169"/>
        <source>Estate: %1</source>
        <translation>小区：%1</translation>
    </message>
    <message>
        <location filename="../../ui/verification/panel.py" line="170"/>
        <source>Choose an estate</source>
        <translation>请选择小区</translation>
    </message>
    <message>
        <location filename="../../ui/verification/panel.py" line="183"/>
        <source>Verifying the whole city…</source>
        <translation>正在核验全市…</translation>
    </message>
    <message>
        <location filename="../../ui/verification/panel.py" line="205"/>
        <source>%1 of %2 buildings verified: %3 tce/a saved as measured, %4 tce/a predicted, realisation %5; %6 below their P10. No baseline: %7, no season after the works: %8, no readings: %9.</source>
        <translation>%1 栋楼已核验（共 %2 栋）：实测节煤 %3 tce/年，预测 %4 tce/年，实现率 %5；%6 栋低于 P10。无改造前数据 %7 栋，无改造后数据 %8 栋，无计量数据 %9 栋。</translation>
    </message>
    <message>
        <location filename="../../ui/verification/panel.py" line="268"/>
        <source>(estate meter)</source>
        <translation>（小区总表）</translation>
    </message>
    <message>
        <location filename="../../ui/verification/panel.py" line="305"/>
        <source>predicted before</source>
        <translation>预测改造前</translation>
    </message>
    <message>
        <location filename="../../ui/verification/panel.py" line="306"/>
        <source>predicted after</source>
        <translation>预测改造后</translation>
    </message>
    <message>
        <location filename="../../ui/verification/panel.py" line="307"/>
        <source>Normalised coal use [kgce/m²]</source>
        <translation>气象修正后耗煤量（kgce/㎡）</translation>
    </message>
</context>
</TS>
