"""Two duty-like columns side by side — the post's duty (``岗位职责``, ``主要职责``, ``职责``) and, right
of it, under a heading the reader does not know, the matter of that duty each point arises in
(``具体事项``, ``重点事项``, ``具体业务``, ``主要职权``) — beside a risk column headed as how the risk
shows (``风险表现``, ``风险描述``, ``廉政风险表现``): the matter column is the workflow, not the
point, and the risk column, the only risk text, the point (info MATTER_BESIDE_DUTY). Before, the
matter column was guessed as the point ("内容是风险描述旁较短的文字", COLUMN_GUESSED) wherever its
cell was not merged and the risks read as their descriptions (batch1088's 文化和旅游局, ``岗位职责 |
具体事项 | 风险表现``). Not that batch's words: a 自然资源局's ``主要职责 | 重点事项 | 风险描述`` on
every row, 高/中/低; a 卫生健康局's ``职责 | 具体业务 | 廉政风险表现``, the duty and a matter merged,
``Ⅰ级/Ⅱ级``; and the near-misses (no duty column; a duty column beside ``需警惕情形``; the known
``职权事项``), read as before.
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
            got.append((post.get("person"), d["workflow"], d["risk_point"], d["risk_level"]))
    return got, [(i.code, i.cell) for i in r.issues]


LAND = [
    ["某县自然资源局岗位廉政风险排查表", None, None, None, None, None, None, None, None],
    ["序号", "科室", "职务", "姓名", "主要职责", "重点事项", "风险描述", "风险等级", "防控措施"],
    [1, "局领导", "局长", "欧阳澂", "主持全面工作", "土地出让方案审定",
     "出让条件设置倾向性条款，为特定企业量身定制", "高", "出让方案集体研究，法律顾问审核。"],
    [2, "耕地保护股", "股长", "上官淇", "负责耕地占补平衡", "补充耕地验收",
     "验收时降低标准，让不达标地块通过", "中", "验收三人以上，影像留存。"],
    [3, "耕地保护股", "股长", "上官淇", "负责耕地占补平衡", "占用耕地审核",
     "审核不严，为违规占地开绿灯", "高", "审核意见集体会审。"],
    [4, "不动产登记中心", "登记员", "司马霏", "负责不动产登记受理", "登记受理",
     "资料不全即予登记，收受办事人好处", "低", "一次性告知，登记结果复核。"],
]  # fmt: skip


def test_matter_beside_duty_on_every_row(tmp_path):
    path = write_workbook(tmp_path / "排查表.xlsx", {"排查表": LAND})
    got, issues = _read(path)
    assert sorted(got) == sorted([
        ("欧阳澂", "土地出让方案审定", "出让条件设置倾向性条款，为特定企业量身定制", "Ⅰ级"),
        ("上官淇", "补充耕地验收", "验收时降低标准，让不达标地块通过", "Ⅱ级"),
        ("上官淇", "占用耕地审核", "审核不严，为违规占地开绿灯", "Ⅰ级"),
        ("司马霏", "登记受理", "资料不全即予登记，收受办事人好处", "Ⅲ级"),
    ])  # fmt: skip
    assert ("MATTER_BESIDE_DUTY", "F2") in issues
    codes = [c for c, _ in issues]
    assert codes.count("MATTER_BESIDE_DUTY") == 1 and "COLUMN_GUESSED" not in codes


HEALTH = [
    ["某县卫生健康局廉政风险防控清单", None, None, None, None, None, None],
    ["序号", "岗位", "姓名", "职责", "具体业务", "廉政风险表现", "等级"],
    [1, "副局长", "诸葛琰", "分管医政医管", "医疗机构校验", "校验中对不合格机构放行", "Ⅰ级"],
    [2, None, None, None, None, "接受医疗机构请托，干预处罚", "Ⅰ级"],
    [3, None, None, None, "医师执业注册", "注册材料把关不严", "Ⅱ级"],
    [4, "科员", "东方珂", "负责计划生育奖扶", "奖扶对象审核", "审核不实，为不符合条件者申报", "Ⅱ级"],
]  # fmt: skip


def test_duty_and_matter_merged(tmp_path):
    path = write_workbook(
        tmp_path / "清单.xlsx",
        {"清单": HEALTH},
        merges={"清单": ["B3:B5", "C3:C5", "D3:D5", "E3:E4"]},
    )
    got, issues = _read(path)
    assert got == [
        ("诸葛琰", "医疗机构校验", "校验中对不合格机构放行", "Ⅰ级"),
        ("诸葛琰", "医疗机构校验", "接受医疗机构请托，干预处罚", "Ⅰ级"),
        ("诸葛琰", "医师执业注册", "注册材料把关不严", "Ⅱ级"),
        ("东方珂", "奖扶对象审核", "审核不实，为不符合条件者申报", "Ⅱ级"),
    ]
    assert ("MATTER_BESIDE_DUTY", "E2") in issues


def _near(heads, rows):
    return [["某县某局清单", *[None] * (len(heads) - 1)], heads, *rows]


def test_no_duty_column_keeps_the_matter_as_the_point(tmp_path):
    # '具体事项 | 风险表现' with no duty beside: the shorter unknown column names the point, as before
    sheet = _near(
        ["序号", "岗位", "姓名", "具体事项", "风险表现", "风险等级", "防控措施"],
        [[1, "会计", "欧阳澂", "经费报销", "审核不严，虚列差旅费和会议费用", "中", "三级审核。"],
         [2, "出纳", "上官淇", "现金管理", "坐支现金、公款私存，挪作他用", "高", "定期盘点。"]],
    )  # fmt: skip
    got, issues = _read(write_workbook(tmp_path / "a.xlsx", {"表": sheet}))
    assert [(p, pt) for p, _, pt, _ in got] == [("欧阳澂", "经费报销"), ("上官淇", "现金管理")]
    assert "MATTER_BESIDE_DUTY" not in [c for c, _ in issues]


def test_duty_beside_an_unknown_heading_not_a_matter(tmp_path):
    # '岗位职责 | 需警惕情形 | 风险表现形式': no matter, so no workflow; read as before (the
    # 表现形式 the point, the 情形 column set aside)
    sheet = _near(
        ["序号", "岗位", "姓名", "岗位职责", "需警惕情形", "风险表现形式", "风险等级"],
        [[1, "会计", "欧阳澂", "负责财务核算", "虚列支出", "以会议费名义虚列支出套取资金", "高"],
         [2, "出纳", "上官淇", "负责现金收付", "公款私存", "将收取的现金存入个人账户", "中"]],
    )  # fmt: skip
    got, issues = _read(write_workbook(tmp_path / "b.xlsx", {"表": sheet}))
    assert [(p, w, pt) for p, w, pt, _ in got] == [
        ("欧阳澂", "", "以会议费名义虚列支出套取资金"),
        ("上官淇", "", "将收取的现金存入个人账户"),
    ]
    assert "MATTER_BESIDE_DUTY" not in [c for c, _ in issues]


def test_known_matter_heading_as_before(tmp_path):
    # '岗位职责 | 职权事项 | 风险表现形式': the 职权事项 a known duty heading, kept as the workflow
    sheet = _near(
        ["序号", "岗位", "姓名", "岗位职责", "职权事项", "风险表现形式", "风险等级"],
        [[1, "副局长", "欧阳澂", "分管执法", "行政处罚", "降格处理违法行为，以罚代管", "高"],
         [2, "会计", "上官淇", "负责财务", "资金支付", "未按合同支付，多付错付工程款", "中"]],
    )  # fmt: skip
    got, issues = _read(write_workbook(tmp_path / "c.xlsx", {"表": sheet}))
    assert [(p, w, pt) for p, w, pt, _ in got] == [
        ("欧阳澂", "行政处罚", "降格处理违法行为，以罚代管"),
        ("上官淇", "资金支付", "未按合同支付，多付错付工程款"),
    ]
    assert "MATTER_BESIDE_DUTY" not in [c for c, _ in issues]


def test_a_heading_naming_the_problem_is_no_matter(tmp_path):
    # (review) '需警惕事项', '易发问题事项' end in 事项 but name the risk to watch, not the matter it
    # arises in: read as before, nothing taken as the workflow
    for name, head in (("d", "需警惕事项"), ("e", "易发问题事项"), ("f", "违规风险事项")):
        sheet = _near(
            ["序号", "岗位", "姓名", "岗位职责", head, "风险表现", "风险等级"],
            [[1, "会计", "欧阳澂", "负责财务核算", "虚列支出", "以会议费名义虚列支出套取资金", "高"],
             [2, "出纳", "上官淇", "负责现金收付", "公款私存", "将收取的现金存入个人账户", "中"]],
        )  # fmt: skip
        got, issues = _read(write_workbook(tmp_path / f"{name}.xlsx", {"表": sheet}))
        assert [(p, w) for p, w, _pt, _ in got] == [("欧阳澂", ""), ("上官淇", "")], head
        assert "MATTER_BESIDE_DUTY" not in [c for c, _ in issues], head


def test_a_matter_named_as_work(tmp_path):
    # (review) '具体工作', '重点工作' beside '岗位职责' name the matter as '具体事项' does: the workflow,
    # the 风险表现 the point
    for name, head in (("g", "具体工作"), ("h", "重点工作")):
        sheet = _near(
            ["序号", "岗位", "姓名", "岗位职责", head, "风险表现", "风险等级"],
            [[1, "副局长", "欧阳澂", "分管执法", "行政处罚", "降格处理违法行为，以罚代管", "高"],
             [2, "会计", "上官淇", "负责财务", "资金支付", "未按合同支付，多付错付工程款", "中"]],
        )  # fmt: skip
        got, issues = _read(write_workbook(tmp_path / f"{name}.xlsx", {"表": sheet}))
        assert [(p, w, pt) for p, w, pt, _ in got] == [
            ("欧阳澂", "行政处罚", "降格处理违法行为，以罚代管"),
            ("上官淇", "资金支付", "未按合同支付，多付错付工程款"),
        ], head
        assert ("MATTER_BESIDE_DUTY", "E2") in issues, head
