"""The one catalogue of issue codes: severity and a Chinese message template with its fix.

Validation returns issues built from this catalogue; it never raises for bad input.
Tests assert against the codes, so messages may be reworded without breaking them.
"""

from __future__ import annotations

from dataclasses import dataclass

ERROR, WARNING, INFO = "error", "warning", "info"
SEVERITY_ZH = {ERROR: "错误", WARNING: "警告", INFO: "提示"}

# code: (severity, message template). Templates use str.format with the issue's fields.
CATALOGUE: dict[str, tuple[str, str]] = {
    # files
    "FILE_EMPTY": (ERROR, "文件为空(0 字节),无法读取;请重新保存表格后再发送"),
    "FILE_TRUNCATED": (ERROR, "文件不完整或已损坏(可能是传输中断),无法打开;请重新保存后再发送"),
    "FILE_NOT_WORKBOOK": (
        ERROR,
        "文件不是 Excel 工作簿(看起来是{value});请用 Excel 或 WPS 打开下发的表格填写,另存为 .xlsx 后发送",
    ),
    "FILE_ENCRYPTED": (
        ERROR,
        "工作簿设置了打开密码,无法读取;请在 Excel/WPS 中取消密码(文件→信息→保护工作簿)后重新发送",
    ),
    "FILE_TOO_LARGE": (
        ERROR,
        "文件解压后的大小({value})超出上限,为防止异常文件已拒绝读取;请检查文件内容后重新保存",
    ),
    "FILE_WPS_ET": (ERROR, ".et 是 WPS 专用格式,无法读取;请在 WPS 中另存为 .xlsx 后发送"),
    "FILE_UNREADABLE": (
        ERROR,
        "无法读取该文件({value});请用 Excel 或 WPS 打开后另存为 .xlsx 再发送",
    ),
    "FILE_CRASHED": (
        ERROR,
        "读取该文件时读取进程意外终止({value}),其余文件不受影响;文件可能已损坏、结构异常或使用范围过大"
        "(如远处单元格中有空格或文字):请用 Excel 或 WPS 打开,删除表格以外多余的内容,另存为 .xlsx 再发送;"
        "如仍出现请把文件交给技术人员",
    ),
    "FILE_TIMEOUT": (
        ERROR,
        "读取该文件超过 {value} 秒仍未完成,已停止读取,其余文件不受影响;文件可能已损坏或异常复杂,"
        "请用 Excel 或 WPS 打开后另存为 .xlsx 再发送(时限在配置 [limits] file_timeout_seconds 中设置)",
    ),
    "FILE_SKIPPED": (INFO, "不是表格文件({value}),已跳过{field}"),
    "POINT_FOOTNOTES": (
        INFO,
        "本表 {value} 个风险点末尾带脚注编号(①②③…),表下按编号逐条说明其表现,已去掉编号、把说明读作各风险点的表现形式;如不对,请把表现形式填在单独的一栏",
    ),
    "FILE_TEXT_TWIN": (
        INFO,
        "同一文件夹里有同名的 Excel 表格“{value}”,本文件是它另存的文本格式,只按“{value}”收录,本文件已跳过;如两者内容不同,请只报送一份",
    ),
    "FILE_OWN_OUTPUT": (
        INFO,
        "这是 xlproc 生成的{value},不是回收的表格,已跳过;请不要把输出文件放进收件文件夹",
    ),
    "FILE_TEXT_TABLE": (
        INFO,
        "文件是文本格式的表格(CSV 等,{value}),已按一张工作表读取;这种文件不保存合并单元格、底色、字体、"
        "批注和下拉框,合并单元格的内容只在首行,请核对读出的内容;以后请对方直接发送 Excel 表格(.xlsx)",
    ),
    "FILE_NO_FORM": (
        WARNING,
        "工作簿中未找到廉政风险识别和防控表(没有“风险点”“风险级别”等表头);请使用下发的表格填写",
    ),
    "SHEET_TOO_LARGE": (
        ERROR,
        "工作表的使用范围过大({value}),为防止异常文件已跳过该表;请删除表格以外多余的内容"
        "(常见于远处单元格中的空格或文字)后重新保存",
    ),
    "SHEET_NO_TABLE": (
        WARNING,
        "工作表像是防控表,但找不到表头行(风险点、风险类型、风险级别、防控措施);请不要改动表头文字",
    ),
    "HEADING_BY_DICTIONARY": (
        INFO,
        "表头是数据库的字段代码,已按工作簿里的数据字典读作中文表头:{value};如不对,请把表头改写成中文"
        "(岗位、姓名、风险点、风险等级、防控措施等)",
    ),
    "SHEET_FIELD_CODES": (
        WARNING,
        "工作表的表头是字段代码({value}),工作簿里没有能说明这些代码的数据字典,读不出表头,本表未读取;"
        "请把表头改写成中文(岗位、姓名、风险点、风险等级、防控措施等),或附上“字段名 | 字段说明”的数据字典",
    ),
    # forms
    "FORM_EMPTY": (WARNING, "表中没有填写任何风险点;请在表格中逐行填写本岗位的风险点"),
    "FORM_NO_PERSON": (ERROR, "未填写{field},无法确定是谁的表;请在 {cell} 填写"),
    "PERSON_MASKED": (
        WARNING,
        "姓名写作“{value}”,是隐去的姓名,无法对应到在岗人员;请在 {cell} 填写真实姓名(公示版会自动隐去姓名)",
    ),
    "FORM_DUPLICATE": (
        WARNING,
        "{value} 的表提交了不止一份(另见 {field}),两份都已收录;请确认以哪一份为准",
    ),
    "FORM_SUPERSEDED": (
        INFO,
        "{value} 的表已被新版本替代:以 {field} 为准({reason});本份不计入汇总,其问题不再列出",
    ),
    "FORM_VERSION_TIE": (
        ERROR,
        "{value} 的表另有一份在 {field},无法判断哪一份较新(修改稿标记、修改时间和文件名都分不出先后),"
        "两份都已收录;请删去旧的一份,或把新的一份改名为“…-修改.xlsx”后重新汇总",
    ),
    "GRADE_BLANK": (INFO, "未填写岗位风险等级;已按规则计算为 {field}"),
    "GRADE_UNKNOWN": (WARNING, "岗位风险等级“{value}”无法识别;请填写 A、B 或 C"),
    "GRADE_MISMATCH": (
        WARNING,
        "填报的岗位风险等级为 {value},按规则计算为 {field}({reason});请核实",
    ),
    # rows
    "LEVEL_BLANK": (ERROR, "风险级别未填写;请填写 Ⅰ级、Ⅱ级 或 Ⅲ级"),
    "LEVEL_UNKNOWN": (ERROR, "风险级别“{value}”无法识别;请填写 Ⅰ级、Ⅱ级 或 Ⅲ级"),
    "TYPE_BLANK": (ERROR, "风险类型未填写;请填写 {field}"),
    "TYPE_UNKNOWN": (ERROR, "风险类型“{value}”无法识别;请填写 {field}"),
    "POINT_BLANK": (WARNING, "该行填写了内容但没有填写风险点;请补填风险点或删除该行"),
    "MEASURES_BLANK": (WARNING, "风险点“{value}”未填写防控措施;请补填"),
    "POINTS_IN_MEASURES": (
        INFO,
        "“{value}”一栏每格开头写明了针对的风险点(如“针对“…”的风险：…”),已把写明的风险点读作风险点、其后的文字读作防控措施;如不对,请把风险点和防控措施分两列填写",
    ),
    "POINT_NOT_NAMED": (
        WARNING,
        "本表没有风险点列,风险点写在防控措施开头,但这一格“{value}”没有写明针对哪个风险点,未作为风险点收录;请在措施前写明“针对“风险点”的风险：”",
    ),
    "ROW_UNPLACED": (WARNING, "表格之外的内容“{value}”未被收录;如是风险点,请填入表格的行中"),
    "CELL_OUTSIDE": (
        WARNING,
        "表格右侧(最后一列为 {field} 列)的内容“{value}”不属于任何列,未被收录;如是风险点的内容,请填入表格相应的列中",
    ),
    "SHEET_INSTRUCTIONS": (
        INFO,
        "工作表名称表明这是填表说明或示例,其中的表格不作为风险点收录;如是正式填写的表,请把工作表改名",
    ),
    "SHEET_SET_ASIDE": (
        WARNING,
        "本工作表{value},未作为风险点收录(同一文件的其他工作表已收录);如本表才是要报送的,请删除旧表或把“{field}”字样改掉",
    ),
    "SHEET_SECOND_COPY": (
        INFO,
        "本工作表与同一文件中的工作表“{value}”所列岗位、风险点和级别逐条相同(如打印版、副本),只按“{value}”收录一次;如两张表应有不同,请修改后重新报送",
    ),
    "SHEET_HIDDEN_SET_ASIDE": (
        WARNING,
        "本工作表是隐藏的,所列岗位与同一文件中显示的工作表“{value}”相同,按旧稿未作为风险点收录;如本表才是要报送的,请取消隐藏并删除另一张表",
    ),
    "LEVEL_CHECKBOXES": (
        INFO,
        "本表有 {value} 个风险点的级别单元格是空的,上面画着“高/中/低”复选框(表单控件),已按勾选的框读作风险级别;如不是这样,请在单元格里直接填写级别",
    ),
    "FORM_SECOND_COPY": (
        INFO,
        "本表并排印了两联相同的表({value}:存根和持卡人联),内容完全一致,只收录一次;如两联不同,请分开填写",
    ),
    "LEVEL_SHAPES": (
        INFO,
        "本表有 {value} 个风险点的级别单元格是空的,上面画着填色的图形(圆点、方块等,不含文字),已按表下说明把图形的颜色读作风险级别:{what};如不是这样,请在单元格里直接填写 Ⅰ级、Ⅱ级、Ⅲ级",
    ),
    "LEVEL_SHAPES_UNCLEAR": (
        WARNING,
        "级别单元格 {value} 上画着填色的图形,但颜色与表下说明对不上(说明没有写到的颜色、一格里几种颜色,或单元格本身有底色),未读作风险级别;请在单元格里直接填写 Ⅰ级、Ⅱ级、Ⅲ级",
    ),
    "LEVEL_ICONS": (
        INFO,
        "本表的风险等级存的是数字,用条件格式的图标显示,已按表下说明把图标读作风险级别:{value};如不是这样,请直接填写 Ⅰ级、Ⅱ级、Ⅲ级",
    ),
    "WORDS_BY_FORMAT": (
        INFO,
        "本表的风险等级或类型存的是数字,单元格格式把它显示成文字({value}),已按显示的文字读取;如不是这个意思,请把单元格改成直接填写文字",
    ),
    "ROW_EXAMPLE": (
        INFO,
        "这一行的序号写着“示例”,是填表示例,未作为风险点收录;如是真实的风险点,请把序号改为数字",
    ),
    "ROW_DELETED": (
        INFO,
        "这一行在“{field}”一栏注明“{value}”,是删去的风险点,未作为风险点收录;如仍是风险点,请删去“{value}”字样",
    ),
    "SHEET_BLANK_FORM": (
        INFO,
        "本工作表是未填写的空白表(没有姓名,也没有风险点),同一文件的其他工作表已收录,本表不收录;如需报送,请填写后再报",
    ),
    "LEVEL_SCALE": (
        INFO,
        "本表的风险级别只用了一组三档用语,按顺序读作 {value};如不是这样,请改用 Ⅰ级、Ⅱ级、Ⅲ级 的写法",
    ),
    "LEVEL_MARKS": (
        INFO,
        "本表没有风险级别列,风险点前的标记按表下说明读作风险级别:{value};如不是这样,请增加“风险级别”列写明 Ⅰ级、Ⅱ级、Ⅲ级",
    ),
    "TABLE_SET_ASIDE": (
        INFO,
        "这张表的标题写的是{value},早于同一工作表上的本年度表,是往年的表,其中的行未作为风险点收录;如本表才是要报送的,请改正标题中的年份",
    ),
    "SHEET_GRID": (
        INFO,
        "本工作表按风险类型和风险等级排列其他工作表的风险编号({value}个),已按编号给这些风险点定了类型和等级;如不是这样,请在风险点所在的表中填写风险类型和风险等级",
    ),
    "TABLE_POST_BANDS": (
        INFO,
        "本表每个岗位占几行(共{value}段),各行在标签一栏写明风险点、风险类型、风险等级、防控措施等,"
        "岗位的风险点从“{other}”一列起横排:已按列读取,每列一个风险点,其类型、等级和措施取同一段内同一列的各行;"
        "如不是这样,请改为每个风险点一行",
    ),
    "GRID_HOLDERS": (
        INFO,
        "本表是级别(或风险类型)和岗位的交叉表,表头几行没有写“科室”“岗位”“姓名”等字样,已按内容读作:{value};"
        "每列是一个岗位的表,每行是一个风险级别(或风险类型),格里每个编号一条风险点;如不对,请在这几行前写明“科室”“岗位”“姓名”",
    ),
    "GRID_TYPE_ROWS": (
        INFO,
        "本表岗位在上、风险类型在左,每列是一个岗位的表,每行是一种风险类型({value}):格里每个编号一条该行类型的风险点,"
        "写在其前后括号里的级别读作风险等级(“/”为没有);如不对,请按“风险点 | 风险类型 | 风险等级”分列填写",
    ),
    "SHEET_LEVELS": (
        INFO,
        "本工作表只为其他工作表的风险点评定等级(没有写人员和防控措施),其中的等级已按风险点对应到{value}个风险点上,本表不另作为风险点收录;如不是这样,请在风险点所在的表中填写风险等级",
    ),
    "SHEET_DETAILS": (
        INFO,
        "本工作表逐条重复了工作表“{value}”里的风险点,只补充其{field},已按风险点对应过去,本表不另作为风险点收录;如不是这样,请把这些内容填在风险点所在的表中",
    ),
    "FORMAT_UNREAD": (
        WARNING,
        "表下说明用{value}标示内容,但本文件是 {field} 格式,无法读取单元格的格式,这些标示未能按说明处理(相应的行按普通行收录);请把文件另存为 .xlsx 后重新报送",
    ),
    "PROMPTS_UNREAD": (
        WARNING,
        "表中的说明要求按单元格的下拉提示(数据验证的输入信息)填写,但本文件是 {field} 格式,无法读取这些提示:{value}的代码如在提示里写明了含义,未能按提示读出(仍按无法识别报错);请把文件另存为 .xlsx 后重新报送,或在表中写明代码的含义",
    ),
    "DEPT_CODES": (
        INFO,
        "本表没有科室列,各行的代码按说明读作科室:{value};如不是这样,请增加“科室”列写明各行的科室",
    ),
    "SHEET_JOINED": (
        INFO,
        "本工作表是“{field}”表按列分页打印的后半部分(没有风险点,只有序号和{value}),已按序号并入“{field}”的风险点;如不是这样,请把这些内容填到“{field}”表的对应行",
    ),
    "SHEET_JOINED_BY_CODE": (
        INFO,
        "本工作表没有风险点文字,按“{key}”列逐行给出工作表“{field}”中风险点的{value},已按编号并入这些风险点,本表不另作为风险点收录;如不是这样,请把这些内容填到“{field}”表的对应行",
    ),
    "SHARED_POINTS_CLAIMED": (
        INFO,
        "本表“{value}”一栏按序号列出各人涉及的工作表“{field}”中的共性风险点({key}),已把这些共性风险点(级别、类型、措施按该表)读作各人的风险点,该表不另作为无人负责的风险点收录;如不是这样,请在本表中直接填写各人的共性风险点",
    ),
    "SHARED_POINT_UNCLAIMED": (
        WARNING,
        "共性风险点第{value}项没有人在工作表“{field}”中填写涉及,按原样读取为没有责任人的风险点;请核对各人所填的共性风险点序号",
    ),
    "SHARED_NUMBER_UNMATCHED": (
        WARNING,
        "所填共性风险点序号“{value}”在工作表“{field}”中没有对应的风险点,未读取;请核对序号",
    ),
    "SHEET_CODE_UNMATCHED": (
        WARNING,
        "编号“{value}”{why};请核对两表的编号,或在风险点所在的表中直接填写",
    ),
    "SHEET_COLUMNS_UNMATCHED": (
        WARNING,
        "本工作表的表头只有序号、风险点等列,没有风险类型、风险级别和防控措施,这些列像是按列分页打印在“{field}”表上,"
        "但两表的序号不能逐行对应,未合并读取,本表的风险点也未读取;请核对两表的序号,或把这些内容填到本表的对应行后重新报送",
    ),
    "FORMULAS_COMPUTED": (
        INFO,
        "{sheets}中有 {value} 个公式单元格没有保存计算结果(常见于系统导出、未经 Excel/WPS 保存过的表格),已按公式算出结果后读取(即在 Excel/WPS 中打开时显示的内容);如有出入,请在 Excel 或 WPS 中打开文件、保存后重新发送",
    ),
    "FORMULA_NOT_COMPUTED": (
        WARNING,
        "本表有 {count} 个公式单元格(如本格 {value})没有保存计算结果,无法算出,已按空白读取;请在 Excel 或 WPS 中打开文件并保存(使公式的结果保存在文件里)后重新发送",
    ),
    "ROWS_COMPUTED": (
        INFO,
        "从此行起有{value}行只有序号、分值和风险等级(模板中公式算出的值),没有填写风险点,未作为风险点收录;如这些行要填写,请补填风险点,不用的行可删除",
    ),
    "HOLDER_STRUCK": (
        INFO,
        "姓名“{value}”加了删除线,表下说明删除线表示已变动的原任人员,其风险点只记在其后写的现任人员名下;如不是这样,请去掉删除线",
    ),
    "ROW_HIDDEN": (
        INFO,
        "这一行在表中被隐藏,表下说明隐藏的是不再保留的风险点,未作为风险点收录;如仍是风险点,请取消隐藏",
    ),
    "SHEET_SUMMARY": (
        INFO,
        "本工作表是汇总或公示用的表:其中的风险点与本文件其他工作表中写明人员的风险点逐条相同,未重复收录;如本表另有风险点,请写入对应人员的表中",
    ),
    "SHEET_TWO_SCRIPTS": (
        INFO,
        "本表用汉文和{value}两种文字填写,按汉文读取,只有{value}的行和{value}的词未收录;如有只用{value}写的风险点,请补上汉文",
    ),
    "ROW_STRUCK": (
        INFO,
        "这一行的风险点加了删除线,表下说明删除线表示删去的风险点,未作为风险点收录;如仍是风险点,请去掉删除线",
    ),
    "LEVEL_BY_NAME": (
        INFO,
        "本表没有风险级别列,按表下说明引用的风险点名称定级:{value};如不对,请增加一列填写各风险点的级别",
    ),
    "LEVEL_BY_NUMBER": (
        INFO,
        "本表没有风险级别列,按表下说明给各序号的级别读作:{value};如不是这样,请增加“风险级别”列写明 Ⅰ级、Ⅱ级、Ⅲ级",
    ),
    "LEVEL_COLOURS": (
        INFO,
        "本表没有风险级别列,风险点单元格的{what}按表下说明读作风险级别:{value};如不是这样,请增加“风险级别”列写明 Ⅰ级、Ⅱ级、Ⅲ级",
    ),
    "LEVEL_TYPEFACE": (
        INFO,
        "本表没有风险级别列,风险点单元格的字体(加粗、下划线等)按表下说明读作风险级别:{value};如不是这样,请增加“风险级别”列写明 Ⅰ级、Ⅱ级、Ⅲ级",
    ),
    "LEVEL_TYPEFACE_UNCLEAR": (
        WARNING,
        "风险点单元格 {value} 的字体与表下说明对不上(说明没有写到的字体,或一格里几种字体),未读作风险级别;请增加“风险级别”列写明 Ⅰ级、Ⅱ级、Ⅲ级",
    ),
    "TYPE_CODES": (
        INFO,
        "本表的风险类型写的是代码,按表上的说明读作 {value};如不是这样,请直接填写类型名称",
    ),
    "HOLDER_BY_FOOTER": (
        INFO,
        "表中没有科室、岗位、责任人列,{value} 处“以上风险点责任科室：…　责任人：…”这样的段末行写明其上各行的责任人,按此读取;请核对各段的归属",
    ),
    "HOLDER_IN_PAGE_HEADER": (
        INFO,
        "本表的单元格中没有写责任人,只在{part}里印着({value}),已按{part}读取本表的责任人;"
        "如不对,请在表中填写科室、岗位和姓名",
    ),
    "HOLDER_PAGE_HEADER_DIFFERS": (
        WARNING,
        "表中写的{field}“{value}”与{part}里印的“{other}”不同,已按表中所写读取;请核对后改正其中一处",
    ),
    "HOLDERS_BY_POINT_NUMBERS": (
        INFO,
        "风险点表中没有科室、岗位、责任人列,本分工表的“{value}”一栏按风险点表的序号写明各人负责哪些风险点({field}),"
        "已据此读取各风险点的科室、岗位和责任人;如不对,请在风险点表中直接填写科室、岗位和责任人",
    ),
    "HOLDERS_BY_NUMBERS_IN_CELL": (
        INFO,
        "“{field}”一格分行写了本行的几位责任人、各人后面写明所负责的风险点序号(如“{value}”),"
        "已按序号把本行风险点一格中编号的各条风险点分别记入各人名下(没写序号的记入本行全部风险点);"
        "如不对,请一行只写一个风险点并分别填写岗位和责任人",
    ),
    "HOLDER_CELL_NUMBERS_UNMATCHED": (
        WARNING,
        "“{field}”一格写的风险点序号 {value} 在本行风险点一格中找不到,这些序号未读取;"
        "请核对序号,或一行只写一个风险点并分别填写岗位和责任人",
    ),
    "HOLDER_NUMBERS_UNMATCHED": (
        WARNING,
        "分工表的“{value}”{field},这些风险点未按分工读取责任人;请核对序号,或在风险点表中直接填写科室、岗位和责任人",
    ),
    "HOLDERS_BY_DUTY_NUMBERS": (
        INFO,
        "风险点表中没有岗位、责任人列,“{field}”一栏按岗位职责表的职责序号写明各风险点对应哪些职责({value}),"
        "已将每个风险点读作所写各项职责的承担人的风险点(一人承担其中几项的只算一次);"
        "如不对,请在风险点表中直接填写岗位和责任人",
    ),
    "DUTY_NUMBER_UNMATCHED": (
        WARNING,
        "“{field}”一栏写的职责序号“{value}”在岗位职责表中找不到,无法确定由谁承担;"
        "请核对职责序号,或在风险点表中直接填写岗位和责任人",
    ),
    "HOLDERS_BY_POINT_NAMES": (
        INFO,
        "风险点表中没有科室、岗位、责任人列,本分工表的“{value}”一栏用风险点表中风险点的名称写明各人负责哪些风险点({field}),"
        "已据此读取各风险点的科室、岗位和责任人;如不对,请在风险点表中直接填写科室、岗位和责任人",
    ),
    "HOLDERS_BY_MATTER_NAMES": (
        INFO,
        "风险点表中没有科室、岗位、责任人列,本分工表的“{value}”一栏用风险点表中业务事项（事项、职权、环节,或分组行所写的工作事项）的名称写明各人承办哪些事项({field}),"
        "已将每一事项下的风险点读作承办人的风险点;如不对,请在风险点表中直接填写科室、岗位和责任人",
    ),
    "HOLDER_NAMES_UNMATCHED": (
        WARNING,
        "分工表写的风险点或事项“{value}”{field},未按分工读取责任人;请按风险点表中的写法填写风险点或业务事项的名称,或在风险点表中直接填写科室、岗位和责任人",
    ),
    "POINTS_REASSIGNED_BY_NOTE": (
        INFO,
        "表旁说明写明部分风险点已改由表中另一人负责(分工调整后表格未重新填写):{value},"
        "已把这几项读作新责任人的风险点(级别、类型、措施不变),其余各项仍按表中所列;如不对,请在表中直接改写这几项的岗位和责任人",
    ),
    "POINTS_REASSIGNED_UNMATCHED": (
        WARNING,
        "表旁说明“{value}”{field},这一部分未改动责任人,仍按表中所列读取;请核对说明中的序号和责任人,或在表中直接改写这几项的岗位和责任人",
    ),
    "FORM_POINT_SHEETS": (
        INFO,
        "本文件一个风险点一张工作表,同一人同一岗位的工作表 {value} 合为一张表读取;如不是同一人的表,请分别填写姓名和岗位",
    ),
    "FORM_CONTINUED": (
        INFO,
        "本工作表是工作表“{value}”上那张表的续表(标题写“续表”或工作表名为“第2页”等,未写姓名),"
        "其风险点并入该表;如不是续表,请在本表填写姓名、科室和职务",
    ),
    "TABLE_HALVES": (
        INFO,
        "表格分上下两半打印,下半部分(表头在 {cell})按序号与上半部分(表头在 {value})逐行对应读取;请核对对应关系",
    ),
    "TABLE_OTHER": (
        INFO,
        "表格“{value}”({field} 行)没有风险点、风险级别等列,不是风险点表,未收录;如其中有风险点,请填入防控表",
    ),
    "COLUMN_GUESSED": (
        INFO,
        "表头“{value}”所在列按内容判断为“{field}”({reason});如判断有误,请把表头改为标准写法",
    ),
    "HOLDER_IN_HEADING": (
        INFO,
        "表头在各段上方重复,各段表头里{field}一栏的格子写的是该段的{field}(如“{value}”),"
        "已按该段各行的{field}读取;如不是这样,请恢复表头并在各行填写科室、岗位和姓名",
    ),
    "HOLDER_IN_HEADING_UNCLEAR": (
        WARNING,
        "表头在各段上方重复,这一格写的是“{value}”而不是表头用语,看不出是科室、岗位还是姓名"
        "(或与另一栏重复),未按它读取其下各行的责任人;请恢复表头并在各行填写科室、岗位和姓名",
    ),
    "HOLDER_IN_HEADING_BRACKET": (
        INFO,
        "这张表表头一格末尾的括号里写的是本表的{field}(“{value}”),没有科室、岗位、姓名栏,"
        "已把其下各行(至下一个表头)读作该责任人的风险点;如不是这样,请增加科室、岗位、姓名列分别填写",
    ),
    "HOLDER_BANDS_ACROSS": (
        INFO,
        "这张表每人一栏、横向并排(每栏 {field}),栏上方合并单元格写明该栏的责任人(如“{value}”),"
        "已把每栏的风险点读作该栏责任人的,每人一张表;如不是这样,请改为一行一个风险点并填写科室、岗位、姓名",
    ),
    "HOLDER_BY_FILL": (
        INFO,
        "“{sheet}”表没有科室、岗位、姓名栏,表上方一行图例按底色写明责任人,已按各行的底色读出责任人:{value},每人一张表;如不是这样,请增加岗位、姓名列逐行填写",
    ),
    "HOLDER_FILL_UNCLEAR": (
        WARNING,
        "第 {value} 格的底色不是表上方图例里任何一位责任人的颜色(或一行几种颜色、未标颜色),未读出责任人;请增加岗位、姓名列写明,或按图例的颜色标示",
    ),
    "HOLDER_IN_MARGIN": (
        INFO,
        "这张表没有科室、岗位、姓名栏,{field}右侧无表头的一列按行合并单元格写明责任人(如“{value}”),"
        "已把每格旁边各行的风险点读作该格责任人的,每人一张表;如不是这样,请增加科室、岗位、姓名列逐行填写",
    ),
    "POINT_BANDS_SIDE_BY_SIDE": (
        INFO,
        "这张表同一行并排{value}栏风险点({other}),每栏各有合并的栏头和自己的“等级”列;"
        "已把各栏填写的风险点都读作该行责任人的,等级取各自栏内的等级列,空着的栏不计;"
        "如不是这样,请改为一行一个风险点",
    ),
    "STAGE_BANDS_HOLDERS": (
        INFO,
        "这张表按办理环节横向分栏(每栏 {field}),栏头括号写明该环节的岗位(如“{value}”),每行各栏另填该环节的经办人;"
        "已把每栏的风险点读作同一行该栏所填人员的,岗位取栏头括号;如不是这样,请改为一行一个风险点并填写科室、岗位、姓名",
    ),
    "HOLDER_IN_CELL_BRACKET": (
        INFO,
        "“{field}”一栏各格末尾括注的科室、岗位、责任人(如“{value}”)已读作该行风险点的科室、岗位和责任人,"
        "并从{field}中去掉;如不对,请增加科室、岗位、姓名列分别填写",
    ),
    "HOLDERS_BY_COUNT": (
        INFO,
        "这张表没有岗位、姓名栏,“{field}”一栏在每名责任人的第一行写明由其负责的条数(如“{value}”,共{other}名),"
        "已把该行起所写条数的风险点读作该责任人的;如不对,请增加岗位、姓名列逐行填写",
    ),
    "HOLDER_COUNT_UNFIT": (
        WARNING,
        "这一格“{value}”写明由某人负责的条数与表中的行对不上({other}),本表未按这类说明分人,各行按原样读取;"
        "请核对条数或序号,或增加岗位、姓名列逐行填写",
    ),
    "HOLDER_CHAINED": (
        INFO,
        "“{field}”一栏每格按“{value}”的顺序连写在一起(如“{other}”),已按这个顺序拆开,"
        "读作各行的科室、岗位和责任人;如不对,请把科室、岗位、姓名分列填写",
    ),
    "HOLDER_CHAINED_UNCLEAR": (
        WARNING,
        "“{field}”一栏按“{value}”的顺序连写,这一格“{other}”拆不成这几项(段数不符,或某段不像"
        "科室、岗位或姓名),未拆开,按原样读取;请按“{value}”的顺序填写,或把科室、岗位、姓名分列填写",
    ),
    "HOLDERS_ON_CHAIN": (
        INFO,
        "“{field}”一栏每格用箭头把该行风险点的经办、审核、审批等几名责任人连写在一起(如“{value}”),"
        "已把该行风险点记入链上每一人名下(每人一份,岗位取姓名旁所写);如不是这样,请一行一人分别填写岗位和姓名",
    ),
    "HOLDERS_BY_HEADING_SLOTS": (
        INFO,
        "“{field}”一栏表头括号里按顺序写了几名责任人,每格按同样顺序逐人打勾(如“{value}”),"
        "已把该行风险点记入打勾的每一人名下(每人一份);如不是这样,请一行一人分别填写岗位和姓名",
    ),
    "HOLDER_SLOTS_UNMATCHED": (
        WARNING,
        "“{field}”一栏表头括号里按顺序写了{count}名责任人,这一格“{value}”却不是按这个顺序逐人打勾的"
        "{count}项,该行风险点未记入任何人名下;请按表头括号里的顺序为每人各填一项"
        "(“√”为涉及本人,“—”为不涉及),用“／”隔开",
    ),
    "HOLDER_BRACKET_DIFFERS": (
        WARNING,
        "“{field}”末尾括注的“{value}”与本行所填的“{other}”不同,两处均未改动(按本行所填读取);"
        "请核对后只保留正确的一处",
    ),
    "RECORD_HOLDER_DIFFERS": (
        WARNING,
        "表上方写明的持卡人{field}是“{other}”,这一条风险点记录里的{field}却写“{value}”,"
        "已按本条记录所写读取(这一条及其下没写{field}的记录归“{value}”);请核对后只保留正确的一处",
    ),
    "HOLDER_AFTER_FIELD": (
        INFO,
        "“{value}”一栏各格分行写{field}和姓名(如“{example}”),已按写姓名的一行读作责任人,"
        "{field}记入该行的岗位职责;如不对,请把{field}和责任人分两列填写",
    ),
    "HOLDERS_LISTED_WITH_POSTS": (
        INFO,
        "“{field}”一栏一格写了几个岗位及各自的人员(如“{value}”),{how};"
        "如不对,请每行只写一个岗位和它的责任人",
    ),
    "HOLDERS_BY_BOLD_LINES": (
        INFO,
        "“{field}”一栏各行都列出同样的岗位及人员,只有部分行字体加粗(如“{value}”),"
        "已把加粗的岗位及人员读作该行风险点的责任人(每人一份),其余未加粗的作配合人员、不计入;"
        "如不对,请每行只写该风险点的责任岗位和责任人",
    ),
    "POST_BOXES": (
        INFO,
        "“{field}”一栏每格印着各个岗位、在相应岗位前后的方框内打勾(如“{value}”),"
        "已把该行风险点记入所勾的每个岗位名下(每个岗位一份,表上有岗位人员名单的按名单取责任人);"
        "如不对,请每行只写一个责任岗位",
    ),
    "POST_BOXES_NONE_TICKED": (
        WARNING,
        "本行责任岗位一格的方框都没有打勾(“{value}”),该风险点未记入任何岗位;"
        "请在承担该风险点的岗位前的“□”内打“☑”",
    ),
    "HOLDERS_BY_RACI": (
        INFO,
        "“{field}”下每列一个岗位、各格写一个字母,已按图例把写负责字母“{value}”的岗位读作该行风险点的"
        "责任人(每人一份),写其他字母(审批、协办、知情等)的不计入;如不对,请只在责任人的列下写“{value}”,"
        "或改为逐行填写责任岗位和责任人",
    ),
    "HOLDERS_RACI_NONE": (
        WARNING,
        "本行各岗位列中没有写负责字母“{value}”的(“{other}”),该风险点未记入任何岗位;"
        "请在负责该风险点的岗位列下写“{value}”",
    ),
    "HOLDER_POST_NOT_LISTED": (
        WARNING,
        "本行的岗位“{value}”不在“{field}”一格所列的人员中(“{other}”),未读出本行的责任人;"
        "请在该格写明这个岗位的人员,或在本行写明责任人",
    ),
    "HOLDER_HANDED_OVER": (
        INFO,
        "责任人一格用箭头写了前后两任({value}),已按箭头所指的现任读作责任人;如不对,请只写现任的姓名,前任写在备注中",
    ),
    "HOLDERS_IN_TURN": (
        INFO,
        "责任人一格分行写了本岗位年内轮流在岗的几个人、各在括号里注明在岗时段({value}),"
        "已把该岗位的每个风险点分别记入每个人名下(每人一张表),括号里的时段不计入姓名;"
        "如其中有人已调离、不再承担这些风险点,请只写现任的姓名,或写成“现：…⏎原：…”",
    ),
    "HOLDER_LEVELS_UNPAIRED": (
        WARNING,
        "风险等级一格分行写了几个等级({value}),但本行责任人一格分行写了 {count} 人,行数对不上,"
        "无法按先后顺序对应,已暂按第一个等级记入每个人名下;请让等级一格逐行与责任人一一对应,"
        "或写成“岗位：等级”的形式",
    ),
    "HOLDER_TEAM_HEAD": (
        INFO,
        "责任人一格按分工写了一个组({value}),已按标明“组长”“负责人”等牵头的人读作该岗位的责任人;"
        "标明“组员”“协助人”等的人在其下工作,不另作责任人,其姓名记入该岗位的岗位职责;"
        "如组员各自承担本岗位的风险点,请在责任人一栏每人分别填写",
    ),
    "HOLDER_BESIDE_PERSONAL": (
        INFO,
        "“{value}”一栏各格分行写姓名和{field}(如“{example}”),已按写姓名的一行读作责任人;{field}是个人信息,"
        "不是岗位的内容,未收录",
    ),
    "HOLDER_AFTER_FIELD_UNCLEAR": (
        WARNING,
        "这一格“{value}”有两行都像人名,分不清哪一行是{field}、哪一行是责任人,未读出责任人,"
        "整格记入岗位职责;请把{field}和责任人分两列填写",
    ),
    "HOLDERS_CHANGED": (
        INFO,
        "表下的人员变动表已用于更新各岗位的责任人:{value};如不对,请直接改正表中的姓名",
    ),
    "COLUMN_LATEST_YEAR": (
        INFO,
        "“{field}”下分{value}各列,按最新的“{latest}”一列读{field};其余各列是往年或调整前的,"
        "不作{field}收录;如不是这样,请只保留现在的一列",
    ),
    "HOLDER_BY_SURNAME": (
        INFO,
        "责任人只写了姓和职务,已按本文件中的人员名单读作:{value};如不对,请在责任人一栏写全姓名",
    ),
    "POST_CODES": (
        INFO,
        "本表“岗位”一栏填的是代码,已按说明读作:{value};如不对,请直接填写岗位名称和姓名",
    ),
    "HOLDER_CODES": (
        INFO,
        "本表“{field}”一栏填的是代号,已按代号说明({legend})读作各行的科室、岗位和责任人:{value};"
        "如不对,请直接填写岗位和姓名",
    ),
    "HOLDER_MARKS": (
        INFO,
        "本表没有科室、岗位和责任人栏,“{field}”一栏各项末尾标注的符号按符号说明({legend})读作各项的"
        "科室、岗位和责任人:{value};标注几个符号的即为这几人共同的风险点,符号不计入风险点;"
        "如不对,请直接填写岗位和姓名",
    ),
    "HOLDER_CODE_UNCLEAR": (
        WARNING,
        "“{field}”一栏的代号“{value}”在本表的代号说明中{why},无法确定是哪个岗位、哪位责任人,"
        "{kept};请直接填写岗位和姓名,或补正代号说明",
    ),
    "HOLDERS_CALLED_BY_SURNAME": (
        INFO,
        "本表“{field}”一栏只写了姓和职务,已按表上方或下方的人员名单读作:{value};"
        "如不对,请在“{field}”一栏写全姓名",
    ),
    "HOLDER_CALL_UNMATCHED": (
        WARNING,
        "“{field}”一栏的“{value}”只写了姓和职务,人员名单中{why},无法确定是哪位责任人,已照原样读作岗位;"
        "请在“{field}”一栏写全姓名",
    ),
    "HOLDER_BY_STAGE": (
        INFO,
        "本表没有岗位、责任人列,各行只写“{field}”;已按表外逐个{field}写明的责任人({legend})"
        "读作各行的科室、岗位和责任人:"
        "{value};如不对,请在表中直接填写岗位和姓名",
    ),
    "HOLDER_STAGE_UNMATCHED": (
        WARNING,
        "“{field}”一栏的“{value}”在表外逐个{field}写明的责任人中没有写明(或对应不止一个),这一行未读出责任人,"
        "已照原样读取;请在表中直接填写岗位和姓名,或补正表外写明的责任人",
    ),
    "HOLDER_BY_PERMISSION_GRID": (
        INFO,
        "本表没有岗位、责任人列,各行只写“{business}”和“{field}”;已按业务岗位权限表({legend},"
        "各项业务下各岗位办理的环节)读出各行风险点的岗位和责任人,每人一张表:{value};"
        "同一环节两人办理的记入两人名下;如不对,请在表中直接填写岗位和姓名",
    ),
    "HOLDER_GRID_OTHER_STAGES": (
        WARNING,
        "本表没有岗位、责任人列,表外有一张业务岗位权限表({legend}),但表中各格写的办理环节(“{value}”)"
        "与本表“{field}”一栏的环节(“{stages}”)写法不同,对不上,未按该表读出各行风险点的岗位和责任人,已照原样读取;"
        "请把两表的环节写法统一,或在表中直接填写岗位和姓名",
    ),
    "HOLDER_PICKED_BY_STAGE": (
        INFO,
        "本表每项业务在“{heads}”各栏分别写明各环节的办理人,“{field}”一栏写明该行风险点所在的环节;"
        "已把各行风险点读作该环节办理人的,每人一张表({value}{legend});如不对,请改为一行一个风险点并直接填写岗位和姓名",
    ),
    "HOLDER_STAGE_NOT_PICKED": (
        WARNING,
        "“{field}”一栏的“{value}”对不上写有办理人的环节栏,这一行已照原样读作“{first}”一栏的人员的;"
        "请在“{field}”中写明该风险点所在的环节,或直接填写岗位和姓名",
    ),
    "HOLDERS_BY_GROUP_ROSTER": (
        INFO,
        "本表没有岗位、责任人列,“{field}”一栏写的是局领导、股室这样的一组人;已按表外的人员名单({legend})"
        "把各行风险点记入该组每个人名下(每人一份):{value};如不对,请在表中直接填写岗位和姓名",
    ),
    "HOLDERS_BY_LEVEL_AND_GROUP": (
        INFO,
        "本表没有岗位、责任人列,各行只写“{field}”和{by};表外的分级管控责任人名单({legend})"
        "分栏写明各{field}各层级的责任人({heads});已把各行风险点记入其{field}、其{by}所指那一栏的责任人名下"
        "(分管两个以上{field}的领导合为一份,不记{field}):{value};如不对,请在表中直接填写岗位和姓名",
    ),
    "LEVEL_NOT_IN_TIER_ROSTER": (
        WARNING,
        "这一行的{by}“{value}”在分级管控责任人名单({legend},{heads})中找不到“{group}”对应的责任人,"
        "已照原样读作该科室的、没有责任人;请在名单或注中写明该{by}由谁负责,或直接填写岗位和姓名",
    ),
    "HOLDERS_BY_RANGES": (
        INFO,
        "本表没有岗位、责任人列,各行只写“{field}”;已按表外分段写明的责任人({legend})"
        "把各行记入其“{field}”所在区段的责任人名下(两段相接处的归后一段):{value};"
        "如不对,请在表中直接填写岗位和姓名",
    ),
    "HOLDER_RANGE_UNMATCHED": (
        WARNING,
        "“{field}”一栏的“{value}”不在表外分段写明的任何区段之内,这一行未读出责任人,已照原样读取;"
        "请在表中直接填写岗位和姓名,或补正分段",
    ),
    "HOLDER_RANGE_AMBIGUOUS": (
        WARNING,
        "“{field}”一栏的“{value}”同时落在表外分段写明的几个区段之内({ranges}),"
        "无法确定是哪位责任人,这一行未读出责任人,已照原样读取;"
        "请在表中直接填写岗位和姓名(或增加与分段表对应的路线一栏),或补正分段使各段互不重叠",
    ),
    "HOLDERS_BY_KEY_AND_ROLE": (
        INFO,
        "本表没有岗位、责任人列,各行只写“{field}”和“{role}”;表外的责任表({legend})按{field}分行、"
        "按{role}分栏({heads})写明责任人;已把各行风险点记入其{field}那一行、其{role}那一栏的责任人名下"
        "(同一人在几行、几栏中出现合为一份):{value};如不对,请在表中直接填写岗位和姓名",
    ),
    "KEY_ROLE_NOT_IN_ROSTER": (
        WARNING,
        "这一行的“{field}”为“{key}”、“{role}”为“{value}”,在表外的责任表({legend})中找不到对应的责任人,"
        "这一行未读出责任人,已照原样读取;请在责任表中补填该栏,或在表中直接填写岗位和姓名",
    ),
    "GROUP_NOT_IN_ROSTER": (
        WARNING,
        "“{field}”一栏的“{value}”在表外的人员名单中没有列出,这一行未读出责任人,已照原样读取;"
        "请在人员名单中补列该组人员,或在表中直接填写岗位和姓名",
    ),
    "POSTS_BY_STAFFING_GRID": (
        INFO,
        "本表只列各网点(站、所、中队)通用的岗位,没有科室、责任人列;已按表外的人员配备表({legend})"
        "把各行风险点记入每个网点该岗位的人员名下(每人一份,网点为其科室;空格为缺员,只记岗位):{value};"
        "如不对,请在表中直接填写科室、岗位和姓名",
    ),
    "POST_NOT_IN_STAFFING_GRID": (
        WARNING,
        "岗位“{value}”在表外的人员配备表中没有列出,这一行未读出各网点的责任人,已照原样读取;"
        "请在人员配备表中补列该岗位,或在表中直接填写科室和姓名",
    ),
    "HOLDERS_BY_POST_ROSTER": (
        INFO,
        "本表“{field}”一栏写的是岗位或“全体……（某某除外）”这样的一类人,不是姓名;已按表外的职务、姓名名单({legend})"
        "把各行风险点记入所写岗位的每个人名下(“全体”指名单上的所有人,“除外”“以外”的岗位不记,每人一份):{value};"
        "如不对,请在表中直接填写岗位和姓名",
    ),
    "POST_NOT_IN_POST_ROSTER": (
        WARNING,
        "适用人员一格写的“{value}”在表外的职务、姓名名单中没有对应的人员,这一岗位未记入任何人名下;"
        "请在名单中补列该岗位的人员,或在表中直接填写姓名",
    ),
    "MEASURES_BY_NUMBER": (
        INFO,
        "本表按序号列出上方风险点的防控措施({value}),已并入所指的风险点;如不对,请把措施填在各风险点同一行",
    ),
    "MEASURES_BY_CODE": (
        INFO,
        "本表“防控措施”一栏填的是措施代码,已按代码表读作措施原文(代码 {value});如不对,请直接填写防控措施",
    ),
    "POINT_ROWS_JOINED": (
        INFO,
        "本表有 {value} 行把上一行的风险点(连同序号、岗位、类型和级别)原样重写、只换了一条防控措施,已并作同一风险点的措施;如是不同的风险点,请改写风险点内容",
    ),
    "MEASURES_IN_COMMENTS": (
        INFO,
        "本表 {value} 个风险点没有填写防控措施,其“{field}”一栏单元格的批注里写着防控措施,已读作这些风险点的防控措施(批注开头的作者名不计);如不对,请把防控措施填在单独的一栏",
    ),
    "MEASURES_COMMENTS_UNCLEAR": (
        INFO,
        "本表有 {value} 个未填防控措施的风险点单元格上有批注,但批注没有写明“防控措施：”、表中也没有说明批注写的是防控措施,未读作防控措施;如批注就是防控措施,请把措施填在防控措施一栏,或在批注开头写明“防控措施：”",
    ),
    "POINT_NOTE_BRACKET": (
        INFO,
        "本表 {value} 个风险点末尾的括号写的是依据、查找方式或举例等说明(例:“{example}”),不是风险点本身,"
        "已从风险点中分出,记入表现形式一栏;如不对,请把说明写在备注栏",
    ),
    "MEASURES_IN_POINT_BRACKET": (
        INFO,
        "本表 {value} 个风险点的防控措施写在风险点末尾标明“防控措施”的括号里(如“{example}”),"
        "已读作该风险点的防控措施(本行另填有措施的,与之合并),并从风险点中去掉;"
        "如不对,请把防控措施填在单独的一栏",
    ),
    "POINT_ARROWS_UNCLEAR": (
        WARNING,
        "风险点“{value}”中有不止一个箭头,分不清哪个箭头把风险点和防控措施分开,已整格读作风险点;"
        "请只用一个箭头隔开风险点和防控措施(风险点→防控措施),或把措施填在单独的一栏",
    ),
    "POINT_BULLETS_UNCLEAR": (
        WARNING,
        "“{value}”一格的每一行都以同一个项目符号开头,前面没有不带符号的风险点,分不清是几个风险点还是一个风险点"
        "及其防控措施,已整格读作风险点;请第一行写风险点(不加符号)、下面每行写一条防控措施,或把措施填在单独的一栏",
    ),
    "POINT_COLON_UNCLEAR": (
        INFO,
        "“{field}”一栏 {total} 格中有 {value} 格写成“简称:表现”(冒号前是简称,冒号后是表现),但不是大多数,"
        "分不清冒号前是不是风险点,已整格读作风险点;如冒号前是风险点,请整栏都这样写,或把表现形式填在单独的一栏",
    ),
    "POINT_IN_BRACKET": (
        INFO,
        "“{field}”一栏 {total} 格开头的括号里写的是风险点简称(如“{value}”),括号后是其表现,"
        "已把括号内读作风险点、其后的文字读作风险表现;如不是这样,请把风险点和表现形式分两栏填写",
    ),
    "HOLDER_BEFORE_COLON": (
        INFO,
        "本表没有科室、岗位、姓名栏,风险点一格开头在冒号前写明责任人的岗位和姓名(如“{value}”),"
        "已把冒号前读作该风险点的责任人、冒号后读作风险点;如不是这样,请把责任人填在单独的一栏",
    ),
    "HOLDER_PREFIX_CARRIED": (
        INFO,
        "本表没有科室、岗位、姓名栏,{total} 个风险点开头的括号里写明责任人(如“{value}”),其余风险点不写;"
        "已把括号内读作该风险点及其下未写括号的各风险点(至下一个括号为止)的责任人,括号不计入风险点;"
        "如不是这样,请把责任人填在单独的一栏",
    ),
    "HOLDER_MEASURES_CARRIED": (
        INFO,
        "本表没有科室、岗位、姓名栏,{total} 行的防控措施开头的括号里写明责任人(如“{value}”),其余各行不写;"
        "已把括号内读作该行及其下未写括号的各行(至下一个括号为止)的责任人,括号不计入防控措施;"
        "如不是这样,请把责任人填在单独的一栏",
    ),
    "LEVEL_BLANK_BY_NOTE": (
        INFO,
        "本表有 {value} 个风险点的级别单元格是空的,表下说明写明空白的为“{field}”,已按此定级;如不是这样,请在单元格里直接填写级别",
    ),
    "LEVEL_BY_POST": (
        INFO,
        "本表有 {value} 个风险点没有单独定级,说明写明“{note}”,已把“{field}”一栏所写的岗位等级读作该岗位各风险点的级别(不再作为填报的岗位风险等级);如不是这样,请为每个风险点填写级别",
    ),
    "LEVEL_BY_QUESTION": (
        INFO,
        "本表级别一栏是“{field}”,只填是或否,已读作风险级别:{value};如不对,请直接填写级别",
    ),
    "LEVEL_BY_CHANGE_MARK": (
        INFO,
        "本表没有本年风险等级列,已把“{field}”一栏的上年等级按旁边“{value}”一栏的升降标记(↑升一级、↓降一级、—不变)"
        "调整后读作本年风险级别(调整了 {count} 个风险点);如不对,请增加“风险等级”列直接填写本年级别",
    ),
    "LEVEL_CHANGE_MARK_UNCLEAR": (
        WARNING,
        "等级变化标记“{value}”看不懂,或上年等级“{level}”已是最高(最低)一级、无法再升(降),已按上年等级读取;"
        "请直接填写本年风险等级",
    ),
    "LEVEL_IN_REMARKS": (
        INFO,
        "本表没有风险级别列,按{by}把“{field}”一栏文字中写明的级别读作该行风险点的风险级别"
        "(一格只认其中写明的一个级别,没有写或写了不同级别的未定级);如不是这样,请增加“风险级别”列写明 Ⅰ级、Ⅱ级、Ⅲ级",
    ),
    "CELL_BY_DROPDOWN": (
        INFO,
        "本表有单元格上画着下拉框(表单控件的组合框或列表框),单元格本身是空的或只存着所选项的序号,已按下拉框所选的列表项读取:{value};如不是这样,请在单元格里直接填写",
    ),
    "DROPDOWN_UNREAD": (
        WARNING,
        "单元格上画着下拉框(表单控件),但无法确定它所选的内容({value}),该单元格按原样读取;请在单元格里直接填写",
    ),
    "TABLE_IN_ONE_CELL": (
        WARNING,
        "这一格里粘贴了整张表({value} 行,各行用换行、各栏用制表符或空格隔开),未能按表读取,其中的风险点未收录;请把表格粘贴到工作表的单元格中(不要在编辑单元格时粘贴),或用“分列”分到各列后重新报送",
    ),
    "TYPE_MARKS": (
        INFO,
        "本表没有风险类型列,按说明把风险点前的标记读作风险类型:{value};如不是这样,请增加“风险类型”列写明",
    ),
    "HEADINGS_POINT_MEASURES_SWAPPED": (
        INFO,
        "“{field}”列写的是分条的防控措施,“{value}”列写的是简短的风险点,两列表头像是写反了,已按内容读取"
        "(“{value}”列作风险点,“{field}”列作防控措施);如不是这样,请核对;如确是写反了,请对调两列表头",
    ),
    "MEASURES_ACROSS_COLUMNS": (
        INFO,
        "“{field}”右边没有表头的 {value} 列里逐格写着同一行的防控措施,已并入该行的防控措施;如不是这样,请给这些列加上表头或删去",
    ),
    "ROWS_TYPED_IN_ONE_CELL": (
        INFO,
        "本表每行只有一个单元格,各栏内容用空格隔开(像是从文档粘贴、没有分列的表),已按空格拆成各栏读取({value} 行);如不对,请用“分列”把各栏分到各自的单元格",
    ),
    "POINTS_GLOSSED": (
        INFO,
        "表下按序号写有风险点释义({value}条),已作为对应风险点的表现形式读取",
    ),
    "LEVEL_BY_TIER": (
        INFO,
        "本表没有填写风险点的级别,表下说明按岗位类别定级,已按说明读取:{value};如不对,请为每个风险点填写级别",
    ),
    "LEVEL_COLUMNS": (
        INFO,
        "表头没有风险点一栏,各级别各占一列({value}):每格中的内容已按该列的级别读作风险点(一个编号一条);如不对,请按“风险点 | 风险等级”分列填写",
    ),
    "TYPE_ROWS_LEVEL_COLUMNS": (
        INFO,
        "本表是风险类型和风险等级的交叉表,每行一种风险类型、各级别各占一列({value}):每格中的内容已读作该行类型、该列级别的风险点(一个编号一条,“/”“无”为没有);如不对,请按“风险点 | 风险类型 | 风险等级”分列填写",
    ),
    "TYPE_LEVEL_TICKS": (
        INFO,
        "本表“{field}”下按风险类型和风险级别分栏({value}),每行在一格内打勾:已把所勾格所在的类型读作风险类型、所在的级别读作风险级别;如不对,请按“风险类型 | 风险级别”分列填写",
    ),
    "TYPE_LEVEL_TICKS_UNCLEAR": (
        WARNING,
        "本行在“{field}”下勾了不同级别的格({value}),无法确定风险级别,级别未读取(类型已按所勾的格读取);请每个风险点只在一个级别下打勾",
    ),
    "COLUMNS_NOT_INTEGRITY": (
        INFO,
        "本表“{value}”各列写的是安全生产等其他方面的风险,不是廉政风险点,未作为风险点读取;如不对,请把廉政风险点单独列出",
    ),
    "POINTS_SHARED_BY_POST": (
        INFO,
        "本表有几行写的是同一岗位各人共有的风险点(责任人写“各…”“全体…”),已记入表中该岗位每个人的名下:{value};如不对,请在每人名下分别填写",
    ),
    "LEVEL_BY_VOTES": (
        INFO,
        "本表没有风险级别列,“{value}”各栏填写的是票数,已按每行得票最多的等次读作风险级别;如不对,请增加“风险级别”列写明 Ⅰ级、Ⅱ级、Ⅲ级",
    ),
    "LEVEL_VOTES_TIED": (
        WARNING,
        "本行得票最多的等次不止一个({value}),无法确定风险级别,级别未读取;请按评议结果在“风险级别”列写明等级",
    ),
    "LEVEL_BY_COUNTS": (
        INFO,
        "本表没有风险级别列,“{value}”各栏填写的是每个岗位各级风险点的个数,已按各岗位风险点先高后低的排列顺序对照个数依次读作风险级别;如不对,请增加“风险级别”列逐项写明 Ⅰ级、Ⅱ级、Ⅲ级",
    ),
    "HOLDERS_BY_COUNT_TABLE": (
        INFO,
        "本表没有姓名、科室列,上方统计表“{value}”栏按人员顺序写明每人的风险点数,已按统计表的人员顺序和点数依次把本表各行分给各人(科室、岗位、姓名取自统计表);如不对,请在本表增加“科室”“姓名”列逐行写明",
    ),
    "COUNT_TABLE_ORDER_UNCLEAR": (
        WARNING,
        "统计表各人的风险点个数合计与明细相符,但明细没有岗位、姓名列,按统计表的人员顺序划分后 {value} 的各级风险点个数与统计表不符,"
        "无法确定明细中的风险点各属于谁,未按统计表分给各人;请在明细中增加岗位或姓名一列,或按统计表的人员顺序排列明细",
    ),
    "COUNT_TABLE_LEVELS_DIFFER": (
        WARNING,
        "统计表中 {value} 的各级风险点个数与按顺序分到其名下的风险点的风险等级不符;请核对统计表的个数、明细表的顺序或风险等级",
    ),
    "LEVEL_COUNTS_UNMATCHED": (
        WARNING,
        "本岗位“{value}”各栏所填各级风险点个数合计 {total} 个,与其名下所列的 {points} 个风险点不符,无法按个数确定风险级别,级别未读取;请核对个数,或增加“风险级别”列逐项写明等级",
    ),
    "LEVEL_TICKS_DIFFER": (
        WARNING,
        "本行“风险级别”栏填写“{value}”,与同一行在类型和级别分栏中所勾的“{other}”不同,已按填写的“{value}”读取;请核对后只保留一种写法",
    ),
    "HOLDERS_AT_FOOT": (
        INFO,
        "本表各岗位的科室、岗位和姓名只写在该岗位的最后一行,各岗位之间以较粗的下框线分隔({value}个岗位),已按框线把上方各行归入该岗位;如不对,请在每一行填写",
    ),
    "HOLDERS_PLACE_UNCLEAR": (
        WARNING,
        "本表第一行没有写科室、岗位和姓名,最后一行写了({value}个岗位):各岗位的科室、岗位和姓名可能写在该岗位的第一行,也可能写在最后一行,已按写在第一行读取;如写在最后一行,请在每一行填写",
    ),
    "TYPE_BY_INITIAL": (
        INFO,
        "风险类型一栏每格只写一个字,已按类型名称中的这个字读作:{value};如不对,请写全风险类型名称",
    ),
    "TYPE_LEVEL_CODES": (
        INFO,
        "“{field}”一栏每格是一个代码,合写风险类型和风险级别,已{by}读作:{value};如不是这样,请分列填写风险类型和风险级别",
    ),
    "TYPE_LEVEL_CODES_UNCLEAR": (
        WARNING,
        "“{field}”一栏的代码 {value} 看不出风险类型和风险级别(没有说明,或说明没有写到),这些行未按代码读取;请在表上说明代码的含义,或分列填写风险类型和风险级别",
    ),
    "TYPE_LEVEL_CODE_DIFFERS": (
        WARNING,
        "“{field}”一栏的代码与本行“风险类型”或“风险级别”栏不同({value}),按本行的栏目读取;请核对后改正其中一处",
    ),
    "MEASURES_LINES_BY_NUMBER": (
        INFO,
        "防控措施单元格按“针对风险点N”逐条写出({value}),已按序号把每条措施分给所指的风险点;如不对,请把措施填在各风险点同一行",
    ),
    "MEASURES_NUMBERS_UNCLEAR": (
        WARNING,
        "本表按序号列出防控措施({value}),但上方各表的序号重复,无法确定每条措施对应哪个风险点,措施未并入;请把措施填在各风险点同一行",
    ),
    "SHEETS_INDEXED": (
        INFO,
        "按目录工作表的表号,把各工作表的风险点对应到目录所列的岗位和责任人:{value};如不对,请在各表上方写明岗位和姓名",
    ),
    "WORDS_STRUCK": (
        INFO,
        "按说明去掉了单元格中加删除线的文字({value});如不是这样,请直接改写单元格内容",
    ),
    "LEVEL_BY_RANK": (
        INFO,
        "本表没有风险级别列,按说明“由高到低排列”和各级个数给各行定级:{value};如不是这样,请增加“风险级别”列写明 Ⅰ级、Ⅱ级、Ⅲ级",
    ),
    "LEVEL_BY_RANK_BANDS": (
        INFO,
        "本表没有风险级别列,按“{field}”列各风险点的排序名次和说明给出的名次区段定级:{value};如不是这样,请增加“风险级别”列写明 Ⅰ级、Ⅱ级、Ⅲ级",
    ),
    "LEVEL_BY_SCORE_TICKS": (
        INFO,
        "本表没有风险级别列,“{field}”下按分值分栏打勾(如●、√),已按表下说明的分段把各行所勾的分值读作级别:{value};如不是这样,请增加“风险级别”列写明 Ⅰ级、Ⅱ级、Ⅲ级",
    ),
    "LEVEL_SCORE_NO_BANDS": (
        WARNING,
        "本表“{field}”下按分值({value})分栏打勾,但表下没有说明各分值属于哪一级风险,各行的风险级别未读取;请在表下注明分段(如“4—5分为高风险,3分为中风险,1—2分为低风险”)或增加“风险级别”列",
    ),
    "LEVEL_SCORE_TICKS_UNCLEAR": (
        WARNING,
        "本行在“{field}”下勾了 {value} 个分值栏(应只勾一个),无法确定分值,风险级别未读取;请只在一个分值栏内打勾",
    ),
    "LEVEL_BY_FOOTER": (
        INFO,
        "本表各段风险点下面有一行“以上为…”写明这一段的级别(或类型),已按这一行给其上未填的各行定级(或定类型):{value};"
        "如不是这样,请增加“风险级别”列逐行写明 Ⅰ级、Ⅱ级、Ⅲ级",
    ),
    "LEVEL_FOOTER_DIFFERS": (
        WARNING,
        "本行填写的级别“{value}”与其下“{other}”一行所写的级别不同,已按本行填写的读取;请核对后改正其中一处",
    ),
    "LEVEL_FOOTER_COUNT": (
        WARNING,
        "“{value}”一行写的项数与其上这一段的风险点数({found}项)不符,仍按这一行给其上各行定级(或定类型);"
        "请核对这一段的风险点是否有遗漏或多出,并改正项数",
    ),
    "LEVEL_CODES": (
        INFO,
        "本表没有风险级别列,按说明把风险编号开头的代码读作级别:{value};如不是这样,请增加“风险级别”列写明 Ⅰ级、Ⅱ级、Ⅲ级",
    ),
    "LEVEL_IN_CODE_PART": (
        INFO,
        "本表没有风险级别列,按说明“{by}”把“{field}”各代码的第{part}段读作级别:{value};"
        "说明里没有写明含义的代码不定级;如不是这样,请增加“风险级别”列写明 Ⅰ级、Ⅱ级、Ⅲ级",
    ),
    "LEVEL_BY_FACTORS": (
        INFO,
        "本表没有风险级别列,已按{by}和表下说明写明的分值区段给各风险点定级:{value};"
        "如不是这样,请增加“风险级别”列写明 Ⅰ级、Ⅱ级、Ⅲ级",
    ),
    "LEVEL_BY_RISK_MAP": (
        INFO,
        "本表没有风险级别列,已按风险坐标图中各风险点序号所在的格、依{by}定级:{value};"
        "如不是这样,请增加“风险级别”列写明 Ⅰ级、Ⅱ级、Ⅲ级",
    ),
    "RISK_MAP_UNCLEAR": (
        WARNING,
        "风险坐标图中{value},无法确定该风险点的级别,级别未读取;请把每个风险点的序号写在坐标图的一格里",
    ),
    "LEVEL_FACTORS_UNBANDED": (
        WARNING,
        "{value},未据此定级;请增加“风险级别”列写明 Ⅰ级、Ⅱ级、Ⅲ级,或在表下说明中写明分值区段(如“D≥160为一级风险”)",
    ),
    "LEVEL_PRODUCT_DIFFERS": (
        WARNING,
        "本行“{field}”填写的分值 {value} 与 {names} 各列分值的乘积 {other} 不同,已按填写的 {value} 定级;"
        "请核对后改正其中一处",
    ),
    "LEVEL_WEIGHTS_UNSUMMED": (
        WARNING,
        "本表没有风险级别列,各评价因素表头标明的权重{value}合计为 {other},不是 100%,未据此定级;"
        "请核对权重,或增加“风险级别”列写明 Ⅰ级、Ⅱ级、Ⅲ级",
    ),
    "LEVEL_WEIGHTED_DIFFERS": (
        WARNING,
        "本行“{field}”填写的分值 {value} 与 {names} 各列分值按权重的加权和 {other} 不同,已按填写的 {value} 定级;"
        "请核对后改正其中一处",
    ),
    "TYPE_BY_NUMBER": (
        INFO,
        "本表没有风险类型列,按表下说明给各序号的类型读作:{value};如不是这样,请增加“风险类型”列写明",
    ),
    "TYPE_BY_COLOUR": (
        INFO,
        "“{sheet}”表没有填写风险类型,风险点单元格的{what}按表下说明读作风险类型:{value};如不是这样,请增加“风险类型”列写明",
    ),
    "KESHI_BY_FILL": (
        INFO,
        "“{sheet}”表没有科室列,各行的科室按单元格底色和表下说明读出:{value};如不是这样,请增加“科室”列写明",
    ),
    "KESHI_FILL_UNCLEAR": (
        WARNING,
        "第 {value} 格所在行的底色不是表下说明写到的颜色(或一行几种颜色、未标颜色),未按颜色读出科室;请增加“科室”列写明,或按说明的颜色标示",
    ),
    "TYPE_COLOUR_UNCLEAR": (
        WARNING,
        "风险点单元格 {value} 的颜色不是表下说明写到的颜色(或无法辨认的主题色),未按颜色读作风险类型;请增加“风险类型”列写明,或按说明的颜色标示",
    ),
    "TITLE_BESIDE_TABLE": (
        INFO,
        "表格的标题“{value}”写在表格{field}一列上下合并的单元格里,已按表格标题读取(单位、科室),不作为表格的一列;如不是标题,请把它移到表格上方一行",
    ),
    "TYPE_TAGS": (
        INFO,
        "风险点开头的括号里写的是风险类型({value}),已读作该风险点的风险类型,并从风险点文字中去掉;如不是这样,请增加“风险类型”列写明",
    ),
    "TYPE_TAG_DIFFERS": (
        WARNING,
        "风险点开头的括号里写的风险类型与本行“风险类型”栏不同({value}),按“风险类型”栏读取,括号留在风险点中;请核对后改正其中一处",
    ),
    "TYPE_LEVEL_IN_POINT_CLAUSE": (
        INFO,
        "本表 {value} 格风险点在句末用分句写明风险类型或级别(例:“{example}”),已读作该风险点的风险类型、风险级别,"
        "并从风险点文字中去掉(本行类型、级别栏已填写的以该栏为准);如不是这样,请增加“风险类型”“风险级别”列分别填写",
    ),
    "POINTS_NUMBERED_LEVELS": (
        INFO,
        "本表 {value} 格分行(或用①②)编号写了风险点、每条末尾括注各自的级别或类型(如“1.…（二级）⏎2.…（三级）”),"
        "已逐条读作风险点,去掉编号,括号里读作该条的级别或类型;如不是这样,请一格只写一个风险点",
    ),
    "DEPT_POST_GRID": (
        INFO,
        "本表是科室×岗位的分布表(角上写“{value}”),每格写该科室该岗位编号分条、各自括注级别的风险点,"
        "已按格读作 {count} 个科室岗位的风险点(不记姓名),表下“防控措施”读作各条的措施;如不是这样,请改用一岗一行的清单",
    ),
    "TABLE_NO_TYPE": (
        INFO,
        "表中没有“风险类型”列,风险点的类型未登记;如需分类统计,请增加一列填写思想道德、制度机制或岗位职责风险",
    ),
    # roster
    "NOT_IN_ROSTER": (WARNING, "{value} 不在花名册中;请核对姓名,或补入花名册"),
    "MISSING_SUBMISSION": (WARNING, "{value} 尚未报送({field});请催报"),
    # staff text (any field)
    "TEXT_FORMULA_LIKE": (
        WARNING,
        "{field}“{value}”看起来像公式或链接,已按文字收录(不会计算,也不会变成可点击的链接),"
        "不列入公示版;请改为普通文字",
    ),
    # the public version (公示版): rows left out, so that publishing is never silent
    "PUBLIC_INCOMPLETE": (
        WARNING,
        "第 {row} 行风险点“{value}”的{field}未填写或无法识别,未列入公示版;改正后重新汇总即可列入",
    ),
    "PUBLIC_TEXT": (
        WARNING,
        "第 {row} 行风险点“{value}”的{field}含公式或链接样的文字,未列入公示版;改为普通文字后重新汇总即可列入",
    ),
}
CATALOGUE.update({
    "POINT_AFTER_GUARD_WORD": (
        INFO,
        "本表没有风险点列,“{value}”一栏每格先写防控措施、再以“防止”“避免”等词引出所防的风险(如“{example}”),"
        "已把该词后面的文字读作风险点、前面的文字读作防控措施;如不对,请把风险点和防控措施分两列填写",
    ),
    "LEVEL_CELLS_HOLDERS": (
        INFO,
        "“{field}”下各级别列({value})的格里写的是岗位和责任人,已把每格所列的每个岗位(或人)读作本行风险点的责任人、"
        "级别取其所在列的级别(每人一张表);如不对,请按“岗位 | 姓名 | 风险点 | 风险等级”逐人逐行填写",
    ),
    "POINT_GUARD_WORD_MISSING": (
        WARNING,
        "本表风险点写在“防止”“避免”等词后面,但这一格“{value}”没有这样写(或写了不止一处、分不清),"
        "已整格读作风险点;请写成“防控措施，防止风险点。”,或把风险点和防控措施分两列填写",
    ),
})  # fmt: skip


# a few words per code, for one-sentence summaries (退回清单)
SHORT: dict[str, str] = {
    "FILE_EMPTY": "空文件", "FILE_TRUNCATED": "文件损坏", "FILE_NOT_WORKBOOK": "不是 Excel 工作簿",
    "FILE_ENCRYPTED": "设有打开密码", "FILE_TOO_LARGE": "文件异常过大", "FILE_WPS_ET": "WPS .et 格式",
    "FILE_UNREADABLE": "无法读取", "FILE_CRASHED": "读取时进程崩溃", "FILE_TIMEOUT": "读取超时", "FILE_SKIPPED": "非表格文件", "FILE_OWN_OUTPUT": "xlproc 输出文件", "FILE_NO_FORM": "未找到防控表",
    "SHEET_NO_TABLE": "表头被改动", "SHEET_TOO_LARGE": "工作表范围过大", "FORM_EMPTY": "未填风险点", "FORM_NO_PERSON": "未填姓名", "PERSON_MASKED": "隐去的姓名",
    "FORM_DUPLICATE": "重复提交", "FORM_SUPERSEDED": "已被新版本替代", "FORM_VERSION_TIE": "无法判断新旧版本",
    "GRADE_BLANK": "未填岗位风险等级", "GRADE_UNKNOWN": "岗位风险等级无法识别",
    "GRADE_MISMATCH": "岗位风险等级与评定不符", "LEVEL_BLANK": "风险级别未填", "LEVEL_UNKNOWN": "风险级别无法识别",
    "TYPE_BLANK": "风险类型未填", "TYPE_UNKNOWN": "风险类型无法识别", "POINT_BLANK": "有行未填风险点",
    "MEASURES_BLANK": "防控措施未填", "ROW_UNPLACED": "表格外有内容", "CELL_OUTSIDE": "表格右侧有内容",
    "COLUMN_GUESSED": "按内容判断的列", "TABLE_OTHER": "非风险点表格", "TABLE_HALVES": "分上下两半的表", "FORM_CONTINUED": "续表", "FORM_POINT_SHEETS": "一点一表", "FILE_TEXT_TWIN": "同名表格的文本副本", "POINT_FOOTNOTES": "脚注说明的风险点", "HOLDER_BY_FOOTER": "段末写明责任人", "LEVEL_SCALE": "三档级别用语", "LEVEL_MARKS": "标记定级", "LEVEL_COLOURS": "底色定级", "LEVEL_BY_NUMBER": "按序号定级", "LEVEL_BY_NAME": "按名称定级", "TYPE_BY_NUMBER": "按序号定类型", "LEVEL_CODES": "编号定级", "LEVEL_IN_CODE_PART": "编码分段定级", "LEVEL_BY_RANK": "按排序定级", "WORDS_STRUCK": "删去的文字", "SHEETS_INDEXED": "目录对应的表", "POST_CODES": "岗位代码", "MEASURES_BY_NUMBER": "按序号对应的措施", "MEASURES_LINES_BY_NUMBER": "按序号分条的措施", "TYPE_BY_INITIAL": "一字写的风险类型", "HOLDERS_PLACE_UNCLEAR": "岗位写在首行还是末行不明", "HOLDERS_AT_FOOT": "岗位写在末行", "LEVEL_COLUMNS": "按级别分列的风险点", "LEVEL_BY_TIER": "按岗位类别定级", "POINTS_GLOSSED": "风险点释义", "MEASURES_NUMBERS_UNCLEAR": "序号对不上的措施", "MEASURES_BY_CODE": "措施代码", "ROWS_TYPED_IN_ONE_CELL": "未分列的表", "MEASURES_ACROSS_COLUMNS": "无表头的措施列", "TYPE_MARKS": "标记定类型", "TABLE_IN_ONE_CELL": "粘贴在一格里的表", "LEVEL_BY_QUESTION": "是否式的级别", "LEVEL_BLANK_BY_NOTE": "按说明定级的空白", "POINT_ROWS_JOINED": "逐条措施重写的风险点", "HOLDER_BY_SURNAME": "按名单补全的姓名", "HOLDERS_CHANGED": "人员变动", "ROW_STRUCK": "加删除线的行", "SHEET_TWO_SCRIPTS": "双语表", "SHEET_SUMMARY": "汇总表", "ROW_HIDDEN": "隐藏的行", "HOLDER_STRUCK": "划去的姓名", "ROWS_COMPUTED": "模板公式行", "SHEET_LEVELS": "评级表", "SHEET_GRID": "类型等级分布表", "SHEET_DETAILS": "补充措施的表", "SHEET_JOINED": "分页续列", "DEPT_CODES": "科室代码", "FORMAT_UNREAD": "格式未读取", "TABLE_SET_ASIDE": "往年的表", "TYPE_CODES": "风险类型代码", "SHEET_INSTRUCTIONS": "填表说明或示例", "SHEET_SET_ASIDE": "作废、往年或初稿的表", "SHEET_HIDDEN_SET_ASIDE": "隐藏的旧表", "WORDS_BY_FORMAT": "格式显示的文字", "LEVEL_ICONS": "图标定级", "FORM_SECOND_COPY": "两联相同的表", "SHEET_SECOND_COPY": "重复的工作表", "LEVEL_CHECKBOXES": "复选框定级", "ROW_EXAMPLE": "填表示例行", "ROW_DELETED": "注明删除的行", "SHEET_BLANK_FORM": "空白表", "TABLE_NO_TYPE": "无风险类型列", "NOT_IN_ROSTER": "不在花名册", "POINT_ARROWS_UNCLEAR": "箭头分不清的风险点",
    "LEVEL_SHAPES": "图形颜色定级", "LEVEL_SHAPES_UNCLEAR": "图形颜色未读",
    "PROMPTS_UNREAD": "下拉提示未读取",
    "FORMULAS_COMPUTED": "算出的公式结果", "FORMULA_NOT_COMPUTED": "未算出的公式",
    "MISSING_SUBMISSION": "未报送",
}  # fmt: skip

SHORT.update({"COLUMN_LATEST_YEAR": "按最新年份读的列"})
SHORT.update({"GRID_HOLDERS": "按内容读的交叉表表头"})
SHORT.update({"GRID_TYPE_ROWS": "类型成行、岗位成列的交叉表"})
SHORT.update({"TABLE_POST_BANDS": "每个岗位分几行、风险点横排的表"})
SHORT.update({"SHEET_COLUMNS_UNMATCHED": "序号对不上的分页续列"})
SHORT.update({"LEVEL_TYPEFACE": "字体定级", "LEVEL_TYPEFACE_UNCLEAR": "字体未读作级别"})
SHORT.update({"LEVEL_BY_POST": "按岗位等级定级"})
SHORT.update({"LEVEL_CELLS_HOLDERS": "级别列里写的责任岗位"})
SHORT.update({"LEVEL_IN_REMARKS": "备注文字中写明的级别"})
SHORT.update({"LEVEL_BY_CHANGE_MARK": "按升降标记调整的上年等级", "LEVEL_CHANGE_MARK_UNCLEAR": "未读作级别的升降标记"})  # fmt: skip
SHORT.update({"TYPE_BY_COLOUR": "颜色定类型", "TYPE_COLOUR_UNCLEAR": "颜色未读作类型"})
SHORT.update({"KESHI_BY_FILL": "底色定科室", "KESHI_FILL_UNCLEAR": "底色未读作科室"})
SHORT.update({"TYPE_TAGS": "风险点前括注的类型", "TYPE_TAG_DIFFERS": "括注与类型栏不同"})
SHORT.update({"TYPE_LEVEL_CODES": "类型和级别合写的代码", "TYPE_LEVEL_CODES_UNCLEAR": "看不出类型和级别的代码", "TYPE_LEVEL_CODE_DIFFERS": "代码与类型或级别栏不同"})  # fmt: skip
SHORT.update({"CELL_BY_DROPDOWN": "下拉框所选的内容", "DROPDOWN_UNREAD": "未读出的下拉框"})  # fmt: skip
SHORT.update({"HEADING_BY_DICTIONARY": "按数据字典读的表头", "SHEET_FIELD_CODES": "字段代码表头"})  # fmt: skip
SHORT.update({"TITLE_BESIDE_TABLE": "写在表格侧边的标题"})
SHORT.update({"HOLDER_IN_HEADING": "写在表头里的责任人", "HOLDER_IN_HEADING_UNCLEAR": "表头里看不出的责任人"})  # fmt: skip
SHORT.update({"HOLDER_IN_HEADING_BRACKET": "表头括号里的责任人"})
SHORT.update({"HOLDER_BANDS_ACROSS": "每人一栏横排的责任人"})
SHORT.update({"POINT_BANDS_SIDE_BY_SIDE": "同一行并排的几栏风险点"})
SHORT.update({"HOLDER_CODES": "责任人代号", "HOLDER_CODE_UNCLEAR": "说明不清的责任人代号"})  # fmt: skip
SHORT["HOLDER_MARKS"] = "风险点后的责任人符号"
SHORT.update({"HOLDER_BY_STAGE": "按环节或窗口写明的责任人", "HOLDER_STAGE_UNMATCHED": "对不上的环节或窗口"})  # fmt: skip
SHORT.update({"POINT_COLON_UNCLEAR": "冒号分不清的风险点"})
SHORT.update({"POINT_BULLETS_UNCLEAR": "项目符号分不清的风险点"})
SHORT.update({"POINT_IN_BRACKET": "括号内写的风险点简称"})
SHORT.update({"HOLDER_BEFORE_COLON": "风险点开头冒号前的责任人"})
SHORT.update({"HOLDER_PREFIX_CARRIED": "段首风险点括号里写的责任人"})
SHORT.update({"HOLDER_MEASURES_CARRIED": "段首防控措施括号里写的责任人"})
SHORT.update({"HEADINGS_POINT_MEASURES_SWAPPED": "风险点与措施表头对调"})
SHORT.update({"HOLDER_IN_CELL_BRACKET": "括注在格末的责任人", "HOLDER_BRACKET_DIFFERS": "括注与本行不同的责任人"})  # fmt: skip
SHORT.update({"RECORD_HOLDER_DIFFERS": "与持卡人不同的记录责任人"})
SHORT.update(
    {
        "HOLDER_IN_PAGE_HEADER": "页眉页脚写明责任人",
        "HOLDER_PAGE_HEADER_DIFFERS": "与页眉页脚不同的科室岗位",
    }
)
SHORT.update({"POINTS_IN_MEASURES": "措施里写明的风险点", "POINT_NOT_NAMED": "措施未写明风险点"})  # fmt: skip
SHORT.update({"POINT_AFTER_GUARD_WORD": "“防止”后写的风险点", "POINT_GUARD_WORD_MISSING": "未用“防止”引出的风险点"})  # fmt: skip
CATALOGUE.update({
    "POINT_THEN_REQUIREMENT": (
        INFO,
        "本表“{value}”一栏每格先写风险点、再以“，应”“，须”“，要”等或一个“；”接着写防控要求(如“{example}”),"
        "已把前面的文字读作风险点、后面读作防控措施;如不对,请把风险点和防控措施分两列填写",
    ),
    "POINT_REQUIREMENT_MISSING": (
        WARNING,
        "本表风险点后以“，应”“，须”等或“；”接着写防控要求,但这一格“{value}”没有这样写(或分不清),"
        "已整格读作风险点;请写成“风险点，应……。”,或把风险点和防控措施分两列填写",
    ),
})  # fmt: skip
SHORT.update({"POINT_THEN_REQUIREMENT": "与要求写在一句的风险点", "POINT_REQUIREMENT_MISSING": "未与要求分开的风险点"})  # fmt: skip
SHORT.update({"MEASURES_IN_COMMENTS": "批注里的防控措施", "MEASURES_COMMENTS_UNCLEAR": "批注未读作措施"})  # fmt: skip
CATALOGUE.update({
    "LEVEL_IN_COMMENTS": (
        INFO,
        "本表 {value} 个风险点没有填写风险等级(无等级栏或等级栏空白),其“{field}”一栏单元格的批注里写明了风险等级,"
        "已读作这些风险点的风险级别(批注开头的作者名不计);如不对,请在表中设风险等级一栏填写 Ⅰ级、Ⅱ级 或 Ⅲ级",
    ),
    "LEVEL_COMMENTS_UNCLEAR": (
        WARNING,
        "单元格 {value} 的批注说到了风险等级,但写了两个等级、等级用语无法识别或是审核意见,未读作风险级别;"
        "请在表中填写 Ⅰ级、Ⅱ级 或 Ⅲ级",
    ),
})  # fmt: skip
SHORT.update({"LEVEL_IN_COMMENTS": "批注里的风险等级", "LEVEL_COMMENTS_UNCLEAR": "批注未读作等级"})  # fmt: skip
SHORT.update({  # the outputs' codes
    "TEXT_FORMULA_LIKE": "疑似公式或链接", "PUBLIC_INCOMPLETE": "未公示:填写不全",
    "PUBLIC_TEXT": "未公示:公式或链接",
})  # fmt: skip
# The Chinese name of each code: shown instead of the code in our workbooks (问题清单, 退回清单);
# the English code stays the stable key in issues.csv.
NAMES = SHORT

# The field (项目) each code is about. Codes not listed name their field when they are made
# (FORM_NO_PERSON: 姓名 or 负责人; TEXT_FORMULA_LIKE and PUBLIC_*: the column concerned); for the
# codes listed, what the caller passes as ``field`` only fills the message.
ITEMS: dict[str, str] = {
    **dict.fromkeys(
        ("FILE_EMPTY", "FILE_TRUNCATED", "FILE_NOT_WORKBOOK", "FILE_ENCRYPTED", "FILE_TOO_LARGE",
         "FILE_WPS_ET", "FILE_UNREADABLE", "FILE_SKIPPED", "FILE_OWN_OUTPUT", "FILE_NO_FORM"),
        "文件",
    ),
    "SHEET_NO_TABLE": "表头", "FORM_EMPTY": "风险点", "FORM_DUPLICATE": "姓名",
    "GRADE_BLANK": "岗位风险等级", "GRADE_UNKNOWN": "岗位风险等级", "GRADE_MISMATCH": "岗位风险等级",
    "LEVEL_BLANK": "风险级别", "LEVEL_UNKNOWN": "风险级别", "TYPE_BLANK": "风险类型",
    "TYPE_UNKNOWN": "风险类型", "POINT_BLANK": "风险点", "MEASURES_BLANK": "防控措施",
    "ROW_UNPLACED": "表格外内容", "NOT_IN_ROSTER": "姓名", "MISSING_SUBMISSION": "报送情况",
    # the reader's newer codes (CELL_OUTSIDE passes the table's last column as its field)
    "CELL_OUTSIDE": "表格外内容", "TABLE_NO_TYPE": "风险类型",
}  # fmt: skip
ITEMS["TITLE_BESIDE_TABLE"] = "标题"
ITEMS["HOLDER_IN_PAGE_HEADER"] = "责任人"
ITEMS.update(dict.fromkeys(("TYPE_TAGS", "TYPE_TAG_DIFFERS"), "风险类型"))
ITEMS.update(dict.fromkeys(("MEASURES_IN_COMMENTS", "MEASURES_COMMENTS_UNCLEAR"), "防控措施"))
ITEMS.update(dict.fromkeys(("LEVEL_IN_COMMENTS", "LEVEL_COMMENTS_UNCLEAR"), "风险级别"))
ITEMS.update(dict.fromkeys(("LEVEL_BY_CHANGE_MARK", "LEVEL_CHANGE_MARK_UNCLEAR"), "风险级别"))
ITEMS.update(dict.fromkeys(("HOLDER_IN_CELL_BRACKET", "HOLDER_BRACKET_DIFFERS"), "责任人"))
ITEMS["HOLDER_IN_HEADING_BRACKET"] = "责任人"
SHORT.update({"HOLDERS_BY_COUNT": "首行写明条数的责任人", "HOLDER_COUNT_UNFIT": "条数对不上的责任人说明"})  # fmt: skip
ITEMS.update(dict.fromkeys(("HOLDERS_BY_COUNT", "HOLDER_COUNT_UNFIT"), "责任人"))
ITEMS["HOLDER_BANDS_ACROSS"] = "责任人"
SHORT["HOLDER_IN_MARGIN"] = "表格右侧无表头一列的责任人"
SHORT.update({"HOLDER_BY_FILL": "底色定责任人", "HOLDER_FILL_UNCLEAR": "底色未读作责任人"})
ITEMS.update(dict.fromkeys(("HOLDER_BY_FILL", "HOLDER_FILL_UNCLEAR"), "责任人"))
ITEMS["HOLDER_IN_MARGIN"] = "责任人"
SHORT.update({"STAGE_BANDS_HOLDERS": "按环节分栏、各栏自填的责任人"})
ITEMS["STAGE_BANDS_HOLDERS"] = "责任人"
ITEMS["POINT_BANDS_SIDE_BY_SIDE"] = "风险点"
ITEMS["LEVEL_BY_RANK_BANDS"] = "风险级别"
SHORT.update({"HOLDERS_BY_POINT_NUMBERS": "按序号分工的责任人", "HOLDER_NUMBERS_UNMATCHED": "对不上的分工序号"})  # fmt: skip
ITEMS.update(dict.fromkeys(("HOLDERS_BY_POINT_NUMBERS", "HOLDER_NUMBERS_UNMATCHED"), "责任人"))
SHORT.update({"HOLDERS_BY_DUTY_NUMBERS": "按职责序号对应的责任人", "DUTY_NUMBER_UNMATCHED": "对不上的职责序号"})  # fmt: skip
ITEMS.update(dict.fromkeys(("HOLDERS_BY_DUTY_NUMBERS", "DUTY_NUMBER_UNMATCHED"), "责任人"))
SHORT.update({"HOLDERS_BY_NUMBERS_IN_CELL": "一格写责任人及其风险点序号", "HOLDER_CELL_NUMBERS_UNMATCHED": "本行找不到的风险点序号"})  # fmt: skip
ITEMS.update(dict.fromkeys(("HOLDERS_BY_NUMBERS_IN_CELL", "HOLDER_CELL_NUMBERS_UNMATCHED"), "责任人"))  # fmt: skip
SHORT.update({"HOLDERS_BY_POINT_NAMES": "按风险点名称分工的责任人", "HOLDER_NAMES_UNMATCHED": "对不上的分工风险点名称"})  # fmt: skip
ITEMS.update(dict.fromkeys(("HOLDERS_BY_POINT_NAMES", "HOLDER_NAMES_UNMATCHED"), "责任人"))
SHORT["HOLDERS_BY_MATTER_NAMES"] = "按业务事项分工的责任人"
ITEMS["HOLDERS_BY_MATTER_NAMES"] = "责任人"
SHORT.update({"POINTS_REASSIGNED_BY_NOTE": "说明改派的风险点", "POINTS_REASSIGNED_UNMATCHED": "对不上的改派说明"})  # fmt: skip
ITEMS.update(dict.fromkeys(("POINTS_REASSIGNED_BY_NOTE", "POINTS_REASSIGNED_UNMATCHED"), "责任人"))
ITEMS.update(dict.fromkeys(("HOLDER_BY_STAGE", "HOLDER_STAGE_UNMATCHED"), "责任人"))
SHORT.update({"HOLDERS_CALLED_BY_SURNAME": "按名单读出的姓加职务", "HOLDER_CALL_UNMATCHED": "名单中对不上的姓加职务"})  # fmt: skip
ITEMS.update(dict.fromkeys(("HOLDERS_CALLED_BY_SURNAME", "HOLDER_CALL_UNMATCHED"), "责任人"))
SHORT.update({"HOLDER_PICKED_BY_STAGE": "按所在环节选定的办理人", "HOLDER_STAGE_NOT_PICKED": "选不出办理人的环节"})  # fmt: skip
SHORT["HOLDER_BY_PERMISSION_GRID"] = "按业务岗位权限表读出的责任人"
ITEMS["HOLDER_BY_PERMISSION_GRID"] = "责任人"
SHORT["HOLDER_GRID_OTHER_STAGES"] = "环节写法对不上的岗位权限表"
ITEMS["HOLDER_GRID_OTHER_STAGES"] = "责任人"
ITEMS.update(dict.fromkeys(("HOLDER_PICKED_BY_STAGE", "HOLDER_STAGE_NOT_PICKED"), "责任人"))
SHORT.update({"HOLDERS_BY_GROUP_ROSTER": "按名单分组的责任人", "GROUP_NOT_IN_ROSTER": "名单中没有的责任组"})  # fmt: skip
SHORT.update({"HOLDERS_BY_LEVEL_AND_GROUP": "按等级和科室取的责任人", "LEVEL_NOT_IN_TIER_ROSTER": "名单中没有对应等级的责任人"})  # fmt: skip
ITEMS.update(dict.fromkeys(("HOLDERS_BY_LEVEL_AND_GROUP", "LEVEL_NOT_IN_TIER_ROSTER"), "责任人"))
ITEMS.update(dict.fromkeys(("HOLDERS_BY_GROUP_ROSTER", "GROUP_NOT_IN_ROSTER"), "责任人"))
SHORT.update({"HOLDERS_BY_KEY_AND_ROLE": "按对象和角色取的责任人", "KEY_ROLE_NOT_IN_ROSTER": "责任表中没有的对象和角色"})  # fmt: skip
ITEMS.update(dict.fromkeys(("HOLDERS_BY_KEY_AND_ROLE", "KEY_ROLE_NOT_IN_ROSTER"), "责任人"))
SHORT.update({"HOLDERS_BY_RANGES": "按分段写明的责任人", "HOLDER_RANGE_UNMATCHED": "不在任何分段内的行"})  # fmt: skip
SHORT["HOLDER_RANGE_AMBIGUOUS"] = "落在几个分段内的行"
ITEMS.update(
    dict.fromkeys(
        ("HOLDERS_BY_RANGES", "HOLDER_RANGE_UNMATCHED", "HOLDER_RANGE_AMBIGUOUS"), "责任人"
    )
)
SHORT.update({"POSTS_BY_STAFFING_GRID": "按人员配备表分到各网点的岗位", "POST_NOT_IN_STAFFING_GRID": "配备表中没有的岗位"})  # fmt: skip
ITEMS.update(dict.fromkeys(("POSTS_BY_STAFFING_GRID", "POST_NOT_IN_STAFFING_GRID"), "责任人"))
SHORT.update({"HOLDERS_BY_POST_ROSTER": "按职务名单展开的适用人员", "POST_NOT_IN_POST_ROSTER": "名单中没有的适用岗位"})  # fmt: skip
ITEMS.update(dict.fromkeys(("HOLDERS_BY_POST_ROSTER", "POST_NOT_IN_POST_ROSTER"), "责任人"))
ITEMS["POINT_IN_BRACKET"] = "风险点"
ITEMS["HOLDER_BEFORE_COLON"] = "责任人"
ITEMS["HOLDER_PREFIX_CARRIED"] = "责任人"
ITEMS["HOLDER_MEASURES_CARRIED"] = "责任人"
ITEMS.update(dict.fromkeys(("POINT_AFTER_GUARD_WORD", "POINT_GUARD_WORD_MISSING"), "风险点"))
ITEMS.update(dict.fromkeys(("POINT_THEN_REQUIREMENT", "POINT_REQUIREMENT_MISSING"), "风险点"))
SHORT.update({"HOLDER_HANDED_OVER": "前后两任的责任人", "HOLDER_BESIDE_PERSONAL": "与个人信息合写的姓名", "HOLDER_AFTER_FIELD": "与其他栏目合写的责任人", "HOLDER_AFTER_FIELD_UNCLEAR": "分不清的合写责任人"})  # fmt: skip
ITEMS.update(dict.fromkeys(("HOLDER_AFTER_FIELD", "HOLDER_AFTER_FIELD_UNCLEAR", "HOLDER_BESIDE_PERSONAL", "HOLDER_HANDED_OVER"), "责任人"))  # fmt: skip
ITEMS.update(dict.fromkeys(("HOLDER_CHAINED", "HOLDER_CHAINED_UNCLEAR"), "责任人"))
SHORT["HOLDERS_ON_CHAIN"] = "箭头连写的责任链"
ITEMS["HOLDERS_ON_CHAIN"] = "责任人"
SHORT.update({"HOLDERS_BY_HEADING_SLOTS": "按表头括号顺序逐人打勾", "HOLDER_SLOTS_UNMATCHED": "对不上表头人数的打勾格"})  # fmt: skip
ITEMS.update(dict.fromkeys(("HOLDERS_BY_HEADING_SLOTS", "HOLDER_SLOTS_UNMATCHED"), "责任人"))
SHORT.update({"HOLDER_CHAINED": "连写在一格的科室岗位姓名", "HOLDER_CHAINED_UNCLEAR": "拆不开的连写责任人"})  # fmt: skip
SHORT["LEVEL_BY_RANK_BANDS"] = "按名次区段定级"
SHORT.update({"LEVEL_BY_SCORE_TICKS": "按勾选分值定级", "LEVEL_SCORE_NO_BANDS": "分值未说明级别", "LEVEL_SCORE_TICKS_UNCLEAR": "分值勾选不明"})  # fmt: skip
ITEMS.update(dict.fromkeys(("LEVEL_BY_SCORE_TICKS", "LEVEL_SCORE_NO_BANDS", "LEVEL_SCORE_TICKS_UNCLEAR"), "风险级别"))  # fmt: skip
SHORT["HOLDER_TEAM_HEAD"] = "按组长读的责任人"
ITEMS["HOLDER_TEAM_HEAD"] = "责任人"
SHORT["HOLDERS_IN_TURN"] = "轮流在岗的几位责任人"
ITEMS["HOLDERS_IN_TURN"] = "责任人"
SHORT["HOLDER_LEVELS_UNPAIRED"] = "与责任人行数不符的等级"
ITEMS["HOLDER_LEVELS_UNPAIRED"] = "风险级别"
SHORT.update({"HOLDERS_LISTED_WITH_POSTS": "一格写几个岗位及人员", "HOLDER_POST_NOT_LISTED": "岗位不在所列人员中"})  # fmt: skip
ITEMS.update(dict.fromkeys(("HOLDERS_LISTED_WITH_POSTS", "HOLDER_POST_NOT_LISTED"), "责任人"))
SHORT["HOLDERS_BY_BOLD_LINES"] = "加粗行为责任人"
ITEMS["HOLDERS_BY_BOLD_LINES"] = "责任人"
SHORT.update({"POST_BOXES": "一格勾选几个责任岗位", "POST_BOXES_NONE_TICKED": "未勾选的责任岗位"})  # fmt: skip
ITEMS.update(dict.fromkeys(("POST_BOXES", "POST_BOXES_NONE_TICKED"), "岗位"))
SHORT.update({"HOLDERS_BY_RACI": "按字母分工(RACI)的责任人", "HOLDERS_RACI_NONE": "没有负责字母的行"})  # fmt: skip
ITEMS.update(dict.fromkeys(("HOLDERS_BY_RACI", "HOLDERS_RACI_NONE"), "责任人"))
SHORT.update(
    {
        "LEVEL_BY_FOOTER": "按段末小结定级",
        "LEVEL_FOOTER_COUNT": "段末项数不符",
        "LEVEL_FOOTER_DIFFERS": "与段末小结不同的级别",
    }
)
ITEMS.update(dict.fromkeys(("LEVEL_BY_FOOTER", "LEVEL_FOOTER_COUNT", "LEVEL_FOOTER_DIFFERS"), "风险级别"))  # fmt: skip
SHORT.update({"SHEET_JOINED_BY_CODE": "按编号补充的表", "SHEET_CODE_UNMATCHED": "对不上的编号"})
SHORT.update({"SHARED_POINTS_CLAIMED": "按序号认领的共性风险点", "SHARED_POINT_UNCLAIMED": "无人认领的共性风险点", "SHARED_NUMBER_UNMATCHED": "对不上的共性风险点序号"})  # fmt: skip
ITEMS.update(
    dict.fromkeys(
        ("SHARED_POINTS_CLAIMED", "SHARED_POINT_UNCLAIMED", "SHARED_NUMBER_UNMATCHED"), "风险点"
    )
)
SHORT["FILE_TEXT_TABLE"] = "按文本读取的表格(CSV)"
ITEMS["FILE_TEXT_TABLE"] = "文件"
SHORT.update({"LEVEL_BY_FACTORS": "按评价因素分值定级", "LEVEL_FACTORS_UNBANDED": "未说明区段的评价分值", "LEVEL_PRODUCT_DIFFERS": "与因素乘积不符的分值"})  # fmt: skip
SHORT.update({"TYPE_ROWS_LEVEL_COLUMNS": "类型成行、级别成列的交叉表"})
SHORT.update({"TYPE_LEVEL_TICKS": "按类型和级别分栏打勾", "TYPE_LEVEL_TICKS_UNCLEAR": "勾了几个级别的类型级别栏", "LEVEL_TICKS_DIFFER": "级别栏与所勾级别不同"})  # fmt: skip
SHORT.update(
    {
        "LEVEL_BY_VOTES": "按得票定级",
        "LEVEL_VOTES_TIED": "得票相同的等次",
        "COLUMNS_NOT_INTEGRITY": "非廉政风险的各列",
    }
)
SHORT.update(
    {"LEVEL_BY_RISK_MAP": "按风险坐标图定级", "RISK_MAP_UNCLEAR": "坐标图中写了几次或没写的序号"}
)
ITEMS.update(dict.fromkeys(("LEVEL_BY_RISK_MAP", "RISK_MAP_UNCLEAR"), "风险级别"))
ITEMS.update(dict.fromkeys(("LEVEL_BY_VOTES", "LEVEL_VOTES_TIED"), "风险级别"))
SHORT.update({"HOLDERS_BY_COUNT_TABLE": "按统计表的人员顺序和点数分给各人的风险点", "COUNT_TABLE_LEVELS_DIFFER": "与统计表各级个数不符的风险等级"})  # fmt: skip
ITEMS.update({"HOLDERS_BY_COUNT_TABLE": "责任人", "COUNT_TABLE_LEVELS_DIFFER": "风险级别"})
SHORT["COUNT_TABLE_ORDER_UNCLEAR"] = "顺序对不上的统计表"
ITEMS["COUNT_TABLE_ORDER_UNCLEAR"] = "责任人"
SHORT.update({"LEVEL_BY_COUNTS": "按各级风险点个数和排列顺序定级", "LEVEL_COUNTS_UNMATCHED": "与所列风险点数不符的个数"})  # fmt: skip
ITEMS.update(dict.fromkeys(("LEVEL_BY_COUNTS", "LEVEL_COUNTS_UNMATCHED"), "风险级别"))
ITEMS.update({"TYPE_LEVEL_TICKS": "风险类型", "TYPE_LEVEL_TICKS_UNCLEAR": "风险级别", "LEVEL_TICKS_DIFFER": "风险级别"})  # fmt: skip
ITEMS.update(dict.fromkeys(("LEVEL_BY_FACTORS", "LEVEL_FACTORS_UNBANDED", "LEVEL_PRODUCT_DIFFERS"), "风险级别"))  # fmt: skip
SHORT.update({"LEVEL_WEIGHTS_UNSUMMED": "合计不是100%的因素权重", "LEVEL_WEIGHTED_DIFFERS": "与加权和不符的综合得分"})  # fmt: skip
ITEMS.update(dict.fromkeys(("LEVEL_WEIGHTS_UNSUMMED", "LEVEL_WEIGHTED_DIFFERS"), "风险级别"))
SHORT["MEASURES_IN_POINT_BRACKET"] = "括注在风险点末尾的措施"
SHORT["POINT_NOTE_BRACKET"] = "括注在风险点末尾的依据或来源"
SHORT["TYPE_LEVEL_IN_POINT_CLAUSE"] = "风险点句末写明的类型和级别"
SHORT["POINTS_NUMBERED_LEVELS"] = "编号分条、各自括注级别的风险点"
SHORT["DEPT_POST_GRID"] = "科室×岗位分布表中逐格编号的风险点"
ITEMS["DEPT_POST_GRID"] = "风险点"
ITEMS["POINTS_NUMBERED_LEVELS"] = "风险点"
ITEMS["TYPE_LEVEL_IN_POINT_CLAUSE"] = "风险类型"
ITEMS["MEASURES_IN_POINT_BRACKET"] = "防控措施"


def code_name(code: str) -> str:
    """The Chinese name of an issue code (the code itself if it has none yet)."""
    return NAMES.get(code, code)


@dataclass
class Issue:
    severity: str
    code: str
    source_file: str
    source_sheet: str
    cell: str
    field: str
    value: str
    message: str

    def as_dict(self) -> dict[str, str]:
        return dict(self.__dict__)  # its fields are strings: asdict's deep copy only costs time


class _Slots(dict):
    """Template slots; a missing one reads as nothing."""

    def __missing__(self, key: str) -> str:
        return ""


def make_issue(
    code: str,
    source_file: str = "",
    source_sheet: str = "",
    cell: str = "",
    field: str = "",
    value: str = "",
    **extra: str,
) -> Issue:
    """Build an issue from the catalogue; ``extra`` fills template slots beyond the columns.

    The issue's ``field`` column names the field concerned (``ITEMS``); for a code listed there,
    ``field`` given here is a detail of the message (the allowed values, the computed grade …).
    """
    severity, template = CATALOGUE[code]
    # a slot a caller left out is left blank: a message short of a clause beats a file
    # reported unreadable for a KeyError (tests check each code's slots are given)
    message = template.format_map(_Slots(field=field, value=value, cell=cell, **extra))
    if cell and source_sheet:
        message = f"[{source_sheet}!{cell}] {message}"
    item = ITEMS.get(code, field)
    return Issue(severity, code, source_file, source_sheet, cell, item, value, message)


ISSUE_COLUMNS = [
    "severity",
    "code",
    "source_file",
    "source_sheet",
    "cell",
    "field",
    "value",
    "message",
]
SHORT.update({"POINTS_SHARED_BY_POST": "同岗位共有的风险点"})
CATALOGUE.update({
    "PIVOT_TABLE_READ": (
        INFO,
        "本表是 Excel 数据透视表(压缩形式:科室、岗位、责任人、风险点都写在“行标签”一列里),"
        "已读作风险点清单:{value};汇总行和总计行不是风险点。如不对,请改交透视表的源数据(每个风险点一行)",
    ),
    "PIVOT_POINT_COUNTED": (
        WARNING,
        "数据透视表里风险点“{value}”计数为{count}(同一风险点记了不止一次,或记在几个级别下),"
        "只读作一条,级别取计数最多的一列;请核对源数据是否重复",
    ),
})  # fmt: skip
SHORT.update({"PIVOT_TABLE_READ": "按数据透视表读的清单", "PIVOT_POINT_COUNTED": "透视表中重复计数的风险点"})  # fmt: skip
ITEMS.update({"PIVOT_POINT_COUNTED": "风险点"})
ITEMS.update({"POINTS_SHARED_BY_POST": "风险点"})
CATALOGUE.update({
    "MIND_MAP_READ": (
        INFO,
        "本表是思维导图(XMind、WPS 思维导图等)导出的表格,各列按层级排列、每个节点只写在其分支第一行,"
        "已按各列内容读作风险点清单({value}),“风险等级：”等标签已去掉;如不对,请改交一览表",
    ),
})  # fmt: skip
SHORT.update({"MIND_MAP_READ": "按思维导图读的清单"})
CATALOGUE.update({
    "HEADING_BY_COLUMN_NOTE": (
        INFO,
        "表头只有栏次编号,没有写各栏的名称,已按表上下的填表说明读作表头({value});如不对,"
        "请在表头写明各栏的名称(岗位、姓名、风险点、风险等级、防控措施等)",
    ),
})  # fmt: skip
SHORT.update({"HEADING_BY_COLUMN_NOTE": "按填表说明读的栏次表头"})
ITEMS["HEADING_BY_COLUMN_NOTE"] = "表头"
CATALOGUE.update({
    "LEVEL_BY_CONTROL_TIERS": (
        INFO,
        "本表没有风险级别列,“防控措施”分为几级防控措施,表下说明写明各级风险由哪几级防控({value}):"
        "已按每行填写了措施的几级(“/”为不需采取措施)读作风险级别;如不对,请增加“风险级别”列写明 Ⅰ级、Ⅱ级、Ⅲ级",
    ),
    "LEVEL_CONTROL_TIERS_UNNAMED": (
        WARNING,
        "本行填写了“{value}”的防控措施,表下说明没有哪一级风险由这几级防控,无法确定风险级别,级别未读取;"
        "请按说明填写各级防控措施(不需要的写“/”),或写明风险级别",
    ),
})  # fmt: skip
SHORT.update({"LEVEL_BY_CONTROL_TIERS": "按所填防控层级定级", "LEVEL_CONTROL_TIERS_UNNAMED": "说明未列的防控层级组合"})  # fmt: skip
ITEMS.update(dict.fromkeys(("LEVEL_BY_CONTROL_TIERS", "LEVEL_CONTROL_TIERS_UNNAMED"), "风险级别"))
CATALOGUE["LEVEL_BY_SUPERVISOR_NOTE"] = (
    INFO,
    "本表没有风险级别列,“{field}”列各行写明由谁监督(审批)该风险点,{note}的说明按监督(审批)人的职务定级"
    "({value}):已按各行该列所写职务读作风险级别,说明没有列出的职务不定级;"
    "如不对,请增加“风险级别”列写明 Ⅰ级、Ⅱ级、Ⅲ级",
)
SHORT["LEVEL_BY_SUPERVISOR_NOTE"] = "按监督人职务定级"
ITEMS["LEVEL_BY_SUPERVISOR_NOTE"] = "风险级别"
CATALOGUE.update({
    "HOLDER_BY_ROW_NUMBER": (
        INFO,
        "本表有 {value} 格科室、岗位或责任人写的是“同序号N”(“同第N项”),已按所指序号那一行写明的科室、岗位、责任人读取"
        "(写了几个序号的,如“同序号2、3”,该行风险点计入每个所指行的责任人);如不是这样,请在每一行直接填写科室、岗位和责任人",
    ),
    "HOLDER_ROW_NUMBER_UNMATCHED": (
        WARNING,
        "此格写的是“{value}”,但本表没有所指序号的行(或指的是本行自己),无法确定指的是谁,该序号按空白读取;"
        "请核对序号,或直接填写科室、岗位和责任人",
    ),
})  # fmt: skip
SHORT.update({"HOLDER_BY_ROW_NUMBER": "按序号引用前行的责任人", "HOLDER_ROW_NUMBER_UNMATCHED": "对不上的引用序号"})  # fmt: skip
ITEMS.update(dict.fromkeys(("HOLDER_BY_ROW_NUMBER", "HOLDER_ROW_NUMBER_UNMATCHED"), "责任人"))
CATALOGUE.update({
    "POINTS_TAKEN_FROM_COLLEAGUE": (
        INFO,
        "本行未逐条填写风险点,写的是“{value}”,已把{field}的 {count} 个风险点(连同风险等级、类型和防控措施)"
        "复制为本行责任人的风险点(科室、岗位、姓名按本行);如两人的风险点不完全相同,请逐条写出本人的风险点",
    ),
    "POINTS_COLLEAGUE_UNMATCHED": (
        WARNING,
        "本行写的是“{value}”,但表中{found}与“{field}”相符的人员,无法确定照抄谁的风险点,本行未读作风险点;"
        "请写明所指同事的岗位和姓名,或逐条填写本人的风险点",
    ),
    "POINTS_COLLEAGUE_CIRCULAR": (
        WARNING,
        "本行写的是“{value}”,表中有“{field}”,但其本人也未逐条填写风险点,写的是“{via}”,"
        "顺着照抄追下去又绕回本行或对不上人,无法确定照抄哪些风险点,本行未读作风险点;"
        "请在本行或“{field}”名下逐条填写风险点",
    ),
})  # fmt: skip
SHORT.update({"POINTS_TAKEN_FROM_COLLEAGUE": "照抄同事的风险点", "POINTS_COLLEAGUE_UNMATCHED": "对不上的照抄同事",
              "POINTS_COLLEAGUE_CIRCULAR": "循环照抄同事"})  # fmt: skip
ITEMS.update(
    dict.fromkeys(
        ("POINTS_TAKEN_FROM_COLLEAGUE", "POINTS_COLLEAGUE_UNMATCHED", "POINTS_COLLEAGUE_CIRCULAR"),
        "风险点",
    )
)
CATALOGUE.update({
    "POINT_SHARED_BY_BRACKET": (
        INFO,
        "风险点“{value}”末尾括注与{field}共同承担,已读作本行责任人和{field}各自的风险点"
        "(风险等级、类型和防控措施相同),括注不计入风险点文字",
    ),
    "POINT_SHARER_UNMATCHED": (
        WARNING,
        "风险点“{value}”末尾括注与“{field}”共同承担,但表中{found}与之相符的责任人,"
        "该风险点只读作本行责任人的(括注保留在风险点文字中);请写明共担人员的岗位和姓名,"
        "或在其名下另列该风险点",
    ),
})  # fmt: skip
SHORT.update({"POINT_SHARED_BY_BRACKET": "括注共担的风险点", "POINT_SHARER_UNMATCHED": "对不上的共担人员"})  # fmt: skip
ITEMS.update(dict.fromkeys(("POINT_SHARED_BY_BRACKET", "POINT_SHARER_UNMATCHED"), "风险点"))
CATALOGUE.update({
    "HOLDER_UNDER_EACH_POINT": (
        INFO,
        "表中没有科室、岗位、责任人列,每个风险点下面一行写明该风险点的责任科室、责任岗位和责任人({value} 处),按此读作其上一行风险点的责任人(不作为下面各行的分组行);如各行实为分组行,请把每组的责任人写在该组第一个风险点之上,或增加责任岗位、责任人列",
    ),
})  # fmt: skip
SHORT.update({"HOLDER_UNDER_EACH_POINT": "每条风险点下写明责任人"})
ITEMS["HOLDER_UNDER_EACH_POINT"] = "责任人"
CATALOGUE.update({
    "HOLDER_UNDER_EACH_POINT_GAP": (
        WARNING,
        "本表每个风险点下面一行写明该风险点的责任人,唯独风险点“{value}”下面没有这一行,未读取它的责任人(也未按其下一行的责任人读取);请在该风险点下面补写一行“责任科室：…　责任岗位：…　责任人：…”",
    ),
})  # fmt: skip
SHORT.update({"HOLDER_UNDER_EACH_POINT_GAP": "风险点下缺写责任人的一行"})
ITEMS["HOLDER_UNDER_EACH_POINT_GAP"] = "责任人"
CATALOGUE.update({
    "HOLDER_LINES": (
        INFO,
        "“{field}”下分几栏、每格写一位责任人(部门、职务、姓名),已把{value}一栏所写的人读作该行风险点的责任人,"
        "{other}读作监督方、不计风险点;如不是这样,请增加科室、岗位、姓名列,只填写承担该风险点的责任人",
    ),
})  # fmt: skip
SHORT.update({"HOLDER_LINES": "分栏写明的责任人与监督方"})
ITEMS["HOLDER_LINES"] = "责任人"
CATALOGUE.update({
    "HOLDER_NAMES_UNDER_POSTS": (
        INFO,
        "“{field}”下分{value}几栏岗位、各格写该岗位承担本行风险点的人的姓名,已把每个写了姓名的人读作该行风险点的责任人、"
        "岗位取其栏头(同一岗位写了不同姓名的各是一人),空着或写“/”的岗位不计;如不是这样,请增加岗位、姓名列,每行只填写一位责任人",
    ),
})  # fmt: skip
SHORT.update({"HOLDER_NAMES_UNDER_POSTS": "按岗位分栏写姓名的责任人"})
ITEMS["HOLDER_NAMES_UNDER_POSTS"] = "责任人"
CATALOGUE.update({
    "HOLDERS_BY_EXCLUSION": (
        INFO,
        "“{field}”下分{value}几栏、每人一栏,按表头或表下说明在本人不涉及的风险点下打“×”(或“／”),"
        "已把每人一栏中没有打记号的各行读作其本人的风险点{other};如不是这样,请增加岗位、姓名列,每行只填写承担该风险点的责任人",
    ),
})  # fmt: skip
SHORT.update({"HOLDERS_BY_EXCLUSION": "打“×”排除的责任人栏"})
ITEMS["HOLDERS_BY_EXCLUSION"] = "责任人"
CATALOGUE.update({
    "HOLDER_NAMES_IN_AREAS": (
        INFO,
        "“{field}”下分{value}几栏区域、各格写在该区域承担本行风险点的人的姓名,已把每个写了姓名的人读作该行风险点的责任人"
        "(同一人写在几个区域的只算一条,区域不作科室),空着或写“/”的区域不计;如不是这样,请增加岗位、姓名列,每行只填写一位责任人",
    ),
})  # fmt: skip
SHORT.update({"HOLDER_NAMES_IN_AREAS": "按区域分栏写姓名的责任人"})
ITEMS["HOLDER_NAMES_IN_AREAS"] = "责任人"
CATALOGUE.update({
    "POSTS_FROM_SIGNOFF_LINE": (
        INFO,
        "本表“{field}”一栏只写了姓名、没有岗位(职务)列,已按表上方或下方签字(名单)行所写的职务读作:{value};"
        "如不对,请增加“岗位”一栏写明各人的职务",
    ),
})  # fmt: skip
SHORT.update({"POSTS_FROM_SIGNOFF_LINE": "按签字行读出的岗位"})
ITEMS["POSTS_FROM_SIGNOFF_LINE"] = "岗位"
CATALOGUE.update({
    "COLUMN_NAMES_UNREAD": (
        INFO,
        "表头“{value}”一列写的是人名,但表中没有读作责任人(姓名)的列,这一列未作责任人读取;"
        "如这些人就是风险点的责任人,请把表头改为“姓名”",
    ),
})  # fmt: skip
SHORT.update({"COLUMN_NAMES_UNREAD": "未读作责任人的人名列"})
ITEMS["COLUMN_NAMES_UNREAD"] = "责任人"
CATALOGUE.update({
    "HOLDER_IN_POINT_BRACKET": (
        INFO,
        "表中没有岗位、责任人列,本表 {value} 个风险点末尾的括号写明了责任人(如“{example}”),已读作该风险点的岗位和责任人(括号里写两人的,两人各有一份),并从风险点中去掉;如不对,请增加岗位、姓名列分别填写",
    ),
})  # fmt: skip
SHORT.update({"HOLDER_IN_POINT_BRACKET": "括注在风险点末尾的责任人"})
ITEMS["HOLDER_IN_POINT_BRACKET"] = "责任人"
CATALOGUE.update({
    "HOLDER_AFTER_POINT_DASH": (
        INFO,
        "表中没有岗位、责任人列,本表 {value} 个风险点末尾在“——”后写明了责任岗位和责任人(如“{example}”),已读作该风险点的岗位和责任人,并从风险点中去掉;如不对,请增加岗位、姓名列分别填写",
    ),
})  # fmt: skip
SHORT.update({"HOLDER_AFTER_POINT_DASH": "风险点末尾破折号后的责任人"})
ITEMS["HOLDER_AFTER_POINT_DASH"] = "责任人"
CATALOGUE.update({
    "LEADERS_BY_DIVISION_LINE": (
        INFO,
        "表中没有岗位、姓名列,各行只写“{value}”,表上方或下方的分工说明写明各位领导分管哪些科室,"
        "已按此把各行风险点记入分管该科室的领导名下({field});如不对,请在表中增加岗位、姓名列直接填写责任人",
    ),
    "LEADER_DIVISION_UNNAMED": (
        WARNING,
        "本行写的科室“{value}”在分工说明中没有哪位领导分管,这一行未记入任何领导名下;"
        "请在分工说明中写明由谁分管,或在表中直接填写责任人",
    ),
})  # fmt: skip
SHORT.update({"LEADERS_BY_DIVISION_LINE": "按分工说明读出的分管领导", "LEADER_DIVISION_UNNAMED": "分工说明中没有的分管科室"})  # fmt: skip
ITEMS.update(dict.fromkeys(("LEADERS_BY_DIVISION_LINE", "LEADER_DIVISION_UNNAMED"), "责任人"))
CATALOGUE.update({
    "HOLDERS_BY_DUTY_PROSE": (
        INFO,
        "表中没有科室、岗位、姓名列,“{value}”一栏按事项用文字写明谁牵头、谁具体负责,已把各事项的风险点"
        "记入写明“具体负责”“承办”“经办”等直接责任的人员名下({field}),写“牵头负责”“负总责”“分管”等"
        "领导责任的不计入;如不对,请在表中增加岗位、姓名列逐行填写责任人",
    ),
    "DUTY_PROSE_NO_HOLDER": (
        WARNING,
        "“{field}”一格“{value}”没有写明谁具体负责(只写了牵头、分管等领导责任,或写法未能识别),"
        "这些风险点未记入任何人名下;请写明“某岗位某某具体负责”,或在表中直接填写责任人",
    ),
    "DUTY_PROSE_BLANK": (
        WARNING,
        "“{field}”一格为空,上一行又不是同一工作事项(无从沿用上一行的分工),"
        "这一行的风险点未记入任何人名下;请在此格写明“某岗位某某具体负责”,"
        "或把同一事项的分工单元格合并",
    ),
})  # fmt: skip
SHORT.update({"HOLDERS_BY_DUTY_PROSE": "按责任分工文字读出的具体负责人", "DUTY_PROSE_NO_HOLDER": "未写明具体负责人的分工", "DUTY_PROSE_BLANK": "空白的责任分工"})  # fmt: skip
ITEMS.update(
    dict.fromkeys(("HOLDERS_BY_DUTY_PROSE", "DUTY_PROSE_NO_HOLDER", "DUTY_PROSE_BLANK"), "责任人")
)
CATALOGUE.update({
    "VALUES_SAME_BELOW": (
        INFO,
        "本表“{field}”栏只在一段的第一格填写并加注“（下同）”(如{example}),其下的空白单元格未填,"
        "已把该值(去掉“（下同）”)读作下面各空格的内容,直到下一个填写的单元格(共 {value} 格);"
        "如不是这样,请在每一格里填写完整,不用“下同”",
    ),
})  # fmt: skip
SHORT.update({"VALUES_SAME_BELOW": "写“下同”的空白单元格"})
ITEMS["VALUES_SAME_BELOW"] = "单元格"
CATALOGUE.update({
    "HOLDERS_BY_GROUP_MEMBERS": (
        INFO,
        "表中没有姓名列,{value} 个分组行在组名后写明了本组各岗位的人员(如 {cell} 的“岗位　姓名”),"
        "已把组名读作其下各行的科室、把各行风险点记入本组该岗位的人员名下(同一岗位两人的,每人一份);"
        "如不对,请增加“姓名”一列逐行填写责任人",
    ),
    "POST_NOT_ON_GROUP_ROW": (
        WARNING,
        "这一行的岗位“{value}”在其分组行({group})所列的本组人员中没有,未读出责任人,已照原样只按岗位读取;"
        "请在分组行中补写该岗位的人员,或增加“姓名”一列逐行填写",
    ),
})  # fmt: skip
SHORT.update({"HOLDERS_BY_GROUP_MEMBERS": "分组行所列的本组人员", "POST_NOT_ON_GROUP_ROW": "分组行未列人员的岗位"})  # fmt: skip
ITEMS.update(dict.fromkeys(("HOLDERS_BY_GROUP_MEMBERS", "POST_NOT_ON_GROUP_ROW"), "责任人"))
CATALOGUE.update({
    "RECORDS_IN_TWO_LINES": (
        INFO,
        "表头分上下两行、各写明每条记录上下两行各格的内容(如上行 科室、岗位、风险点,下行 姓名、风险等级、防控措施),"
        "每个风险点占两行,已把每两行读作一条风险点({value} 条,下一行所写的是该风险点的责任人、级别、措施等);"
        "如不对,请把表头合为一行、每个风险点只占一行",
    ),
})  # fmt: skip
SHORT.update({"RECORDS_IN_TWO_LINES": "每条风险点占上下两行"})
ITEMS["RECORDS_IN_TWO_LINES"] = "风险点"

CATALOGUE.update({
    "ROWS_NOT_APPLYING": (
        INFO,
        "“{label}”一列答“否”“不涉及”或未打√的 {value} 行,按本岗位不涉及读,未计为风险点;"
        "如其中有本岗位的风险点,请在该列填“是”或打√",
    ),
})  # fmt: skip
SHORT.update({"ROWS_NOT_APPLYING": "答不涉及的行未计入"})
ITEMS["ROWS_NOT_APPLYING"] = "行"

CATALOGUE.update({
    "HOLDERS_BY_RESTARTS": (
        INFO,
        "本表没有科室、岗位、姓名列,“序号”分 {value} 段各从 1 重新编号,表上(或表下)的说明按顺序写明了各段的责任人,"
        "已把第几段的风险点记入说明中第几个岗位(姓名)名下;如不对,请增加“岗位”“姓名”列逐行写明",
    ),
    "RESTART_HOLDERS_UNMATCHED": (
        WARNING,
        "本表“序号”分 {blocks} 段各从 1 重新编号,而说明“{value}”按顺序写了 {holders} 个责任人,段数与人数不符,"
        "无法确定各段属于谁,已照原样读取、未记入任何人名下;请核对说明所写的人员与各段编号,或增加“岗位”“姓名”列逐行写明",
    ),
})  # fmt: skip
SHORT.update({"HOLDERS_BY_RESTARTS": "按分段编号和说明顺序分给各人的风险点", "RESTART_HOLDERS_UNMATCHED": "与分段数不符的说明人员"})  # fmt: skip
ITEMS.update(dict.fromkeys(("HOLDERS_BY_RESTARTS", "RESTART_HOLDERS_UNMATCHED"), "责任人"))

CATALOGUE.update({
    "HOLDERS_BY_LINK_TABLE": (
        INFO,
        "风险点表没有责任人列,已按对应关系表“{sheet}”逐行所列的风险点编号与人员,把风险点记入 {value} 人名下,"
        "部门、岗位取自人员表;如不对,请在风险点表中增加“岗位”“姓名”列逐行写明",
    ),
    "LINK_PAIR_UNMATCHED": (
        WARNING,
        "对应关系“{value}”中的风险点编号或人员在风险点表、人员表中找不到,此行未计入;请核对编号或姓名",
    ),
    "LINK_POINTS_UNPAIRED": (
        WARNING,
        "风险点 {value} 在对应关系表中没有对应的人员,已照原样读取、未记入任何人名下;请在对应关系表中补上",
    ),
})  # fmt: skip
CATALOGUE.update({
    "HOLDERS_BY_MEASURES_SHEET": (
        INFO,
        "风险点表没有责任人列,已按防控措施表“{sheet}”逐条所列的对应风险点编号与落实责任人,把风险点记入 {value} 人名下,"
        "各人的防控措施取其负责落实的措施;如不对,请在风险点表中增加“岗位”“姓名”列逐行写明",
    ),
})  # fmt: skip
SHORT.update({"HOLDERS_BY_MEASURES_SHEET": "按防控措施表落实人分给各人的风险点"})
ITEMS.update({"HOLDERS_BY_MEASURES_SHEET": "责任人"})
SHORT.update({"HOLDERS_BY_LINK_TABLE": "按对应关系表分给各人的风险点", "LINK_PAIR_UNMATCHED": "对不上的对应关系", "LINK_POINTS_UNPAIRED": "对应关系表未列的风险点"})  # fmt: skip
ITEMS.update(
    dict.fromkeys(
        ("HOLDERS_BY_LINK_TABLE", "LINK_PAIR_UNMATCHED", "LINK_POINTS_UNPAIRED"), "责任人"
    )
)
CATALOGUE.update({
    "HOLDERS_BY_CARD_SHEETS": (
        INFO,
        "本表的责任人一栏填的是编号(或姓名),各编号是本文件另一张工作表的表名、该表是一人一张的登记卡(写明姓名、科室、职务),"
        "已按表名把各行风险点记入该卡所写的人员名下(一格写几个编号的,记入每一位名下):{value};如不对,请增加“科室”“岗位”“姓名”列逐行写明",
    ),
    "HOLDER_CARD_SHEET_MISSING": (
        WARNING,
        "责任人编号“{value}”不是本文件任何一张登记卡的表名,无法确定是谁,该编号未记入任何人名下;请核对编号或补上该人的登记卡",
    ),
})  # fmt: skip
SHORT.update({"HOLDERS_BY_CARD_SHEETS": "按登记卡表名对应的责任人编号", "HOLDER_CARD_SHEET_MISSING": "找不到登记卡的责任人编号"})  # fmt: skip
ITEMS.update(dict.fromkeys(("HOLDERS_BY_CARD_SHEETS", "HOLDER_CARD_SHEET_MISSING"), "责任人"))
CATALOGUE.update({
    "HOLDER_KEYS_IN_NUMBERS": (
        INFO,
        "本表没有科室、岗位和责任人栏,“{field}”一栏各项编号后括号里写的简称按说明({legend})读作各项的"
        "科室、岗位和责任人:{value};括号里写几个简称的即为这几人共同的风险点;如不对,请直接填写岗位和姓名",
    ),
    "HOLDER_KEY_UNDEFINED": (
        WARNING,
        "“{field}”一栏编号后括号里的简称“{value}”在本表的简称说明中{why},无法确定是哪个岗位、哪位责任人,"
        "该项未读出责任人;请直接填写岗位和姓名,或补正简称说明",
    ),
})  # fmt: skip
SHORT.update({"HOLDER_KEYS_IN_NUMBERS": "序号括号里的责任岗位简称", "HOLDER_KEY_UNDEFINED": "说明中没有的岗位简称"})  # fmt: skip
ITEMS.update(dict.fromkeys(("HOLDER_KEYS_IN_NUMBERS", "HOLDER_KEY_UNDEFINED"), "责任人"))
CATALOGUE["NAME_DOWN_CELLS"] = (
    INFO,
    "姓名一栏把每人的姓名一格一字、竖排写在本人各行的格里(不合并),已把每人那几行(岗位或科室合并的一段)的字连起来读作一个姓名:"
    "{value};如不对,请把姓名写在一格里并向下合并到本人各行",
)
SHORT["NAME_DOWN_CELLS"] = "一格一字竖排的姓名"
ITEMS["NAME_DOWN_CELLS"] = "责任人"
CATALOGUE.update({
    "DEPT_TYPE_GRID": (
        INFO,
        "本表是科室×风险类型的分布表(横排“{value}”各一列),每格分行写该科室该类型的风险点、各自括注级别并写明责任岗位和责任人(“——”后或本行岗位、姓名栏),"
        "已逐条读作该行科室、该列类型的风险点,记入 {count} 人名下;如不对,请改用一人一行、写明岗位和姓名的清单",
    ),
    "DEPT_TYPE_GRID_NO_HOLDER": (
        WARNING,
        "科室×风险类型分布表中“{value}”这一条没有在“——”后写明责任岗位和责任人,已读作该科室的风险点、未记入任何人名下;请补写“——岗位　姓名”",
    ),
})  # fmt: skip
SHORT.update({"DEPT_TYPE_GRID": "科室×类型分布表中各条写明责任人的风险点", "DEPT_TYPE_GRID_NO_HOLDER": "分布表中没写责任人的风险点"})  # fmt: skip
ITEMS.update({"DEPT_TYPE_GRID": "风险点", "DEPT_TYPE_GRID_NO_HOLDER": "责任人"})
CATALOGUE["POINT_DITTO_NONE_ABOVE"] = (
    WARNING,
    "风险点一栏写的是“{value}”(照抄上一条),但它上面没有可照抄的风险点(表中第一条或上一行没写风险点),"
    "已按原文“{value}”读作风险点;请在该格写出风险点的具体内容",
)
SHORT["POINT_DITTO_NONE_ABOVE"] = "上面没有可照抄风险点的“同上”"
ITEMS["POINT_DITTO_NONE_ABOVE"] = "风险点"
CATALOGUE["OUTLINE_NUMBERED"] = (
    INFO,
    "本表没有科室、岗位和姓名栏,编号分层(1、1.1、1.1.1 或 1-1-1)、上层各行只写科室或岗位及姓名而不写级别,"
    "已按编号的层次读作:{value};如不对,请分列填写科室、岗位和姓名",
)
SHORT["OUTLINE_NUMBERED"] = "按编号层次读出科室和责任人的清单"
ITEMS["OUTLINE_NUMBERED"] = "责任人"
