"""A table laid on its side or a cross table — labels down the first column, one column a post —
whose ``姓　名`` (``责任人``, ``人员``) label row names holders of surnames no list holds
(``屋引翀``, ``渴侯沅岚``): the row's label vouches for the names, so each is its column's holder
(info HOLDER_LABEL_ROW_RARE_NAME, once a table, at the first such cell). Before, such a name was
no name to ``looks_like_name`` and was dropped, the column's points going to a nameless post
(batch1058's 自然资源局 matrix of posts across and types down, ``姓　名 | 库门翀 | 婆衍琇 | …``;
beside a listed name only the rare one was lost). Not that batch's words: a 林业局's 公示牌 laid on
its side (``科　室``, ``岗　位``, ``责任人`` rows over ``廉政风险点（一） | 风险等级 | 防控措施`` groups,
一级/二级/三级), a 医疗保障局's table of levels by post (``岗　位``, ``人　员`` rows over ``高风险 |
中风险 | 低风险`` rows); and the near-misses: ``待定``, ``暂缺``, ``局长兼任`` and ``各科员`` in the
label row are no holders, and a table whose names are all of listed surnames says nothing new.
"""

from pathlib import Path

from helpers import write_workbook

from xlproc.collect import ROW_KEYS, read_file
from xlproc.config import load_config


def _read(path: Path):
    r = read_file(path, path.name, load_config())
    got = []
    for post, form in zip(r.posts, r.risks, strict=True):
        for row in form:
            d = dict(zip(ROW_KEYS, row, strict=True))
            got.append((post.get("department") or "", post.get("title") or "",
                        post.get("person") or "", d["risk_point"], d["risk_level"]))  # fmt: skip
    return got, [(i.code, i.cell) for i in r.issues]


def _board(names: list[str]) -> list[list]:
    return [
        ["某县林业局岗位廉政风险公示牌", None, None, None],
        ["科　室", "局领导", "资源管理股", "林业站"],
        ["岗　位", "局长", "股长", "护林员"],
        ["责任人", *names],
        ["廉政风险点（一）", "造林项目干预招标", "采伐许可现场核查不到位", "护林员考勤记录不实"],
        ["风险等级", "一级", "二级", "三级"],
        ["防控措施", "项目公开招标。", "核查两人签字。", "考勤轨迹核对。"],
        ["廉政风险点（二）", "林权流转鉴证不公开", "林地占用审核把关不严", "苗木领用不登记"],
        ["风险等级", "二级", "二级", "三级"],
        ["防控措施", "鉴证结果公示。", "审核集体研究。", "出入库台账。"],
    ]


BOARD_POINTS = [
    ("局领导", "局长", "造林项目干预招标", "Ⅰ级"),
    ("局领导", "局长", "林权流转鉴证不公开", "Ⅱ级"),
    ("资源管理股", "股长", "采伐许可现场核查不到位", "Ⅱ级"),
    ("资源管理股", "股长", "林地占用审核把关不严", "Ⅱ级"),
    ("林业站", "护林员", "护林员考勤记录不实", "Ⅲ级"),
    ("林业站", "护林员", "苗木领用不登记", "Ⅲ级"),
]


def _with(names: list[str]) -> list[tuple]:
    who = {"局长": names[0], "股长": names[1], "护林员": names[2]}
    return sorted((d, p, who[p], x, lv) for d, p, x, lv in BOARD_POINTS)


def test_board_on_its_side_names_rare_holders(tmp_path):
    names = ["屋引翀", "渴侯沅岚", "张建国"]
    got, issues = _read(write_workbook(tmp_path / "公示牌.xlsx", {"公示牌": _board(names)}))
    assert sorted(got) == _with(names)
    assert [i for i in issues if i[0] == "HOLDER_LABEL_ROW_RARE_NAME"] == [
        ("HOLDER_LABEL_ROW_RARE_NAME", "B4")
    ]


INSURANCE = [
    ["某县医疗保障局岗位廉政风险等级表", None, None, None],
    ["岗　位", "局长", "基金股股长", "稽核员"],
    ["人　员", "乞扶澍", "吐奚珩", "素和璟"],
    ["高风险", "1.医保基金拨付个人说了算", "1.基金结算数据虚增", "/"],
    ["中风险", "1.定点机构准入打招呼", "1.协议管理考核不严", "1.稽核检查走过场"],
    ["低风险", "/", "/", "1.稽核资料归档不全"],
    ["注：每格一个编号一条风险点。", None, None, None],
]


def test_levels_by_post_with_a_people_row(tmp_path):
    path = write_workbook(tmp_path / "等级表.xlsx", {"表": INSURANCE}, merges={"表": ["A7:D7"]})
    got, issues = _read(path)
    assert sorted((t, w, x, lv) for _d, t, w, x, lv in got) == sorted([
        ("局长", "乞扶澍", "医保基金拨付个人说了算", "Ⅰ级"),
        ("局长", "乞扶澍", "定点机构准入打招呼", "Ⅱ级"),
        ("基金股股长", "吐奚珩", "基金结算数据虚增", "Ⅰ级"),
        ("基金股股长", "吐奚珩", "协议管理考核不严", "Ⅱ级"),
        ("稽核员", "素和璟", "稽核检查走过场", "Ⅱ级"),
        ("稽核员", "素和璟", "稽核资料归档不全", "Ⅲ级"),
    ])  # fmt: skip
    assert [c for c, _ in issues].count("HOLDER_LABEL_ROW_RARE_NAME") == 1


def test_no_ones_in_the_label_row_are_no_holders(tmp_path):
    names = ["待定", "暂缺", "局长兼任"]
    got, issues = _read(write_workbook(tmp_path / "公示牌.xlsx", {"公示牌": _board(names)}))
    assert {w for _d, _t, w, _x, _lv in got} == {""}
    assert "HOLDER_LABEL_ROW_RARE_NAME" not in [c for c, _ in issues]
    got, issues = _read(
        write_workbook(tmp_path / "公示牌2.xlsx", {"公示牌": _board(["各科员", "待定", "暂缺"])})
    )
    assert {w for _d, _t, w, _x, _lv in got} == {""}
    assert "HOLDER_LABEL_ROW_RARE_NAME" not in [c for c, _ in issues]


def test_listed_surnames_read_as_before(tmp_path):
    names = ["张建国", "李晓燕", "王芳"]
    got, issues = _read(write_workbook(tmp_path / "公示牌.xlsx", {"公示牌": _board(names)}))
    assert sorted(got) == _with(names)
    assert "HOLDER_LABEL_ROW_RARE_NAME" not in [c for c, _ in issues]
