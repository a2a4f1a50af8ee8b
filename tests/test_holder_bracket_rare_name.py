"""A point cell closing with its holder in a labelled bracket (``…（责任人：副局长　某某）``,
``〔责任岗位：水政监察员　某某〕``, ``【负责人：某某】``) in a list with no holder column, the holder of
a surname no list holds: the label vouches for the name, so the bracket's words after the post
and a space (or all of them, where no post is written) are the holder, and the bracket leaves the
point (info HOLDER_BRACKET_RARE_NAME, beside HOLDER_IN_POINT_BRACKET / HOLDER_IN_CELL_BRACKET).
Before, ``股长　一那蒌琤`` was cut as post ``股长一`` and holder ``那蒌琤`` (a listed surname found one
character on) and ``（责任人：一那蒌珩）`` stayed in the point with no holder (batch1049's 财政局, its
surnames 万纽于 and 一那蒌). Not that batch's words: a 水务局's ``风险点描述`` with ``〔责任岗位：…〕`` and
一级/二级, a 卫生院's list with a 岗位 column and ``【负责人：…】`` with Ⅰ级, a bracket naming two
holders (a copy each, as for listed surnames), and the near-misses: an example ``（如：…）``, a basis
``（依据：…）``, a 科室 alone ``（责任科室：财务股）``, ``（责任人：待定）``, ``（责任人：一般干部）`` and
``（责任人：各股室负责人）`` read as before.
"""

from pathlib import Path

from helpers import write_workbook

from xlproc.collect import ROW_KEYS, read_file
from xlproc.config import load_config
from xlproc.identity import labelled_rare_name


def _read(path: Path):
    r = read_file(path, path.name, load_config())
    got = []
    for post, form in zip(r.posts, r.risks, strict=True):
        for row in form:
            d = dict(zip(ROW_KEYS, row, strict=True))
            got.append((post.get("department") or "", post.get("title") or "",
                        post.get("person") or "", d["risk_point"], d["risk_level"]))  # fmt: skip
    return got, [(i.code, i.cell) for i in r.issues]


WATER = [
    ["某县水务局廉政风险防控表", None, None, None, None],
    ["序号", "科室", "风险点描述", "等级", "措施"],
    [1, "局领导", "水利工程项目干预招投标（责任人：副局长　九方祎岚）", "一级", "招标全程留痕。"],
    [2, "局领导", "防汛物资采购指定商家（责任人：副局长　九方祎岚）", "一级", "物资公开采购。"],
    [
        3,
        "水政监察大队",
        "河道采砂执法以罚代管〔责任岗位：水政监察员　二曲澐〕",
        "二级",
        "执法两人以上。",
    ],
    [
        4,
        "水政监察大队",
        "取水许可现场核查走过场〔责任岗位：水政监察员　二曲澐〕",
        "三级",
        "核查记录存档。",
    ],
    [5, "农村水利股", "饮水工程维修经费虚报（责任人：七娄琇湉）", "二级", "维修验收签字。"],
]


def test_post_space_rare_name_and_name_alone(tmp_path):
    got, issues = _read(write_workbook(tmp_path / "水务局.xlsx", {"表": WATER}))
    assert got == [
        ("局领导", "副局长", "九方祎岚", "水利工程项目干预招投标", "Ⅰ级"),
        ("局领导", "副局长", "九方祎岚", "防汛物资采购指定商家", "Ⅰ级"),
        ("水政监察大队", "水政监察员", "二曲澐", "河道采砂执法以罚代管", "Ⅱ级"),
        ("水政监察大队", "水政监察员", "二曲澐", "取水许可现场核查走过场", "Ⅲ级"),
        ("农村水利股", "", "七娄琇湉", "饮水工程维修经费虚报", "Ⅱ级"),
    ]
    codes = [c for c, _ in issues]
    assert ("HOLDER_BRACKET_RARE_NAME", "C3") in issues
    assert "HOLDER_IN_POINT_BRACKET" in codes and "POINT_BLANK" not in codes


CLINIC = [
    ["某镇卫生院岗位廉政风险点登记表", None, None, None, None],
    ["序号", "岗位", "廉政风险点", "风险级别", "防控措施"],
    [1, "院长", "医疗设备采购收受回扣【负责人：三饶珺】", "Ⅰ级", "设备采购集体研究。"],
    [2, "药房", "药品出入库登记不实【负责人：五娄瀚】", "Ⅱ级", "出入库每月盘点。"],
    [3, "收费室", "挂号收费不开票据【负责人：五娄瀚】", "Ⅲ级", "收费系统日结。"],
    [4, "收费室", "退费审核不严【负责人：一那珂澐】", "Ⅱ级", "退费两人审核。"],
]


def test_post_column_and_squared_name_brackets(tmp_path):
    got, issues = _read(write_workbook(tmp_path / "卫生院.xlsx", {"表": CLINIC}))
    assert got == [
        ("", "院长", "三饶珺", "医疗设备采购收受回扣", "Ⅰ级"),
        ("", "药房", "五娄瀚", "药品出入库登记不实", "Ⅱ级"),
        ("", "收费室", "五娄瀚", "挂号收费不开票据", "Ⅲ级"),
        ("", "收费室", "一那珂澐", "退费审核不严", "Ⅱ级"),
    ]
    assert ("HOLDER_BRACKET_RARE_NAME", "C3") in issues
    assert ("HOLDER_IN_CELL_BRACKET", "C3") in issues


SHARED = [
    ["某县农业农村局廉政风险排查表", None, None, None],
    ["序号", "风险点", "风险等级", "防控措施"],
    [1, "惠农补贴资金发放冒领（责任人：会计　七娄琇、出纳　四乌澄）", "高", "补贴一卡通发放。"],
    [2, "农机补贴申报核验不实（责任人：股长　二曲翃）", "中", "现场核验。"],
    [3, "动物检疫出证不查验（责任人：股长　二曲翃）", "低", "出证全程记录。"],
]


def test_two_holders_in_one_bracket_each_hold_it(tmp_path):
    got, issues = _read(write_workbook(tmp_path / "农业农村局.xlsx", {"表": SHARED}))
    assert got == [
        ("", "会计", "七娄琇", "惠农补贴资金发放冒领", "Ⅰ级"),
        ("", "出纳", "四乌澄", "惠农补贴资金发放冒领", "Ⅰ级"),
        ("", "股长", "二曲翃", "农机补贴申报核验不实", "Ⅱ级"),
        ("", "股长", "二曲翃", "动物检疫出证不查验", "Ⅲ级"),
    ]
    assert ("HOLDER_BRACKET_RARE_NAME", "B3") in issues


NEAR = [
    ["某县林业局廉政风险排查表", None, None, None],
    ["序号", "风险点", "风险等级", "防控措施"],
    [1, "林木采伐许可审批不严（如：超范围采伐、…）", "高", "现场核查。"],
    [2, "生态补偿资金分配不公（依据：《森林法》）", "中", "分配结果公示。"],
    [3, "苗木采购验收不严（责任科室：财务股）", "中", "验收两人签字。"],
    [4, "护林员考勤造假（责任人：待定）", "低", "考勤轨迹核对。"],
    [5, "林地占用审核把关不严（责任人：一般干部）", "低", "审核集体研究。"],
    [6, "林业项目资金拨付不按进度（责任人：各股室负责人）", "中", "按进度拨付。"],
]


def test_near_misses_read_as_before(tmp_path):
    got, issues = _read(write_workbook(tmp_path / "林业局.xlsx", {"表": NEAR}))
    assert got == [
        ("", "", "", "林木采伐许可审批不严", "Ⅰ级"),  # (the example: its description)
        ("", "", "", "生态补偿资金分配不公", "Ⅱ级"),  # (the basis: likewise)
        ("", "", "", "苗木采购验收不严（责任科室：财务股）", "Ⅱ级"),  # (a 科室, no one)
        ("", "", "", "护林员考勤造假（责任人：待定）", "Ⅲ级"),
        ("", "", "", "林地占用审核把关不严（责任人：一般干部）", "Ⅲ级"),
        ("", "", "", "林业项目资金拨付不按进度（责任人：各股室负责人）", "Ⅱ级"),
    ]
    codes = [c for c, _ in issues]
    assert "HOLDER_BRACKET_RARE_NAME" not in codes and "HOLDER_IN_POINT_BRACKET" not in codes


def test_what_a_label_makes_a_name():
    for name in ("一那蒌珩", "万纽于澈", "二曲澐", "七娄琇湉", "九方祎岚"):
        assert labelled_rare_name(name), name
    for words in ("一级风险", "一般人员", "待定", "暂缺人员", "财务股", "安全生产", "股长", "分管财务",
                  "全体人员", "一把手", "第三方", "详见附件", "工作人员", "三人", "班子成员"):  # fmt: skip
        assert not labelled_rare_name(words), words
