"""Holders given by FOOTER ROWS: a list with no 科室, post or holder column, each holder's run
of points CLOSED by a lone line below it naming them in labelled fields ('以上风险点责任科室：…
责任岗位：…　责任人：…'); the rows above it, back to the footer before, are that holder's.

The units, names and wordings are not those of tests/published/batch514.py (a 文体广电和旅游局
whose footers read '以上风险点责任科室：…　责任岗位：…　责任人：…', merged across the table): here
a 乡镇卫生院, fields parted by '；', a count in the footer, the footer in one cell unmerged.
"""

from pathlib import Path

from helpers import write_workbook

from xlproc.collect import assemble, discover, read_file
from xlproc.config import load_config

HEAD = ["序号", "廉洁风险点", "风险等级", "防控措施"]
RUNS = [
    ("以上2项责任股室：院办；责任人：禚晗昫（院长）", [
        ("药品耗材采购指定供货商", "高", "带量采购，院务会集体研究。"),
        ("医务人员绩效分配不公", "中", "分配方案职代会通过并公示。"),
    ]),
    ("以上风险点，责任科室：药房；岗位：药剂员；姓名：亓珝翀", [
        ("药品出入库账实不符", "中", "每月盘点，双人签字。"),
    ]),
    ("以上风险点责任科室：收费室　责任岗位：收费员　责任人：阚璟沄", [
        ("收取现金不入账", "高", "日清日结，院办抽查。"),
        ("违规减免医疗费用", "低", "减免须院长审批并登记。"),
    ]),
]  # fmt: skip


def _read(tmp_path: Path, rows: list[list]) -> object:
    inbox = tmp_path / "inbox"
    write_workbook(inbox / "清单.xlsx", {"清单": rows})
    config = load_config()
    return assemble((read_file(p, rel, config) for p, rel in discover([inbox])), config, [inbox])


def _rows(runs=RUNS) -> list[list]:
    rows, n = [["某镇卫生院廉洁风险防控清单"], HEAD], 0
    for footer, points in runs:
        for point, level, measures in points:
            n += 1
            rows.append([n, point, level, measures])
        rows.append([footer])
    return rows


def test_each_run_is_the_holder_its_footer_names(tmp_path):
    got = _read(tmp_path, _rows())
    risks = got.risks
    read = list(zip(risks["department"], risks["title"], risks["person"], strict=True))
    assert read == [
        ("院办", "院长", "禚晗昫"), ("院办", "院长", "禚晗昫"),
        ("药房", "药剂员", "亓珝翀"),
        ("收费室", "收费员", "阚璟沄"), ("收费室", "收费员", "阚璟沄"),
    ]  # fmt: skip
    assert got.posts["person"].tolist() == ["禚晗昫", "亓珝翀", "阚璟沄"]
    assert risks["risk_level"].tolist() == ["Ⅰ级", "Ⅱ级", "Ⅱ级", "Ⅰ级", "Ⅲ级"]
    said = got.issues[got.issues["code"] == "HOLDER_BY_FOOTER"]
    assert said["cell"].tolist() == ["A5"] and said["severity"].tolist() == ["info"]
    assert not set(got.issues["code"]) & {"FORM_NO_PERSON", "ROW_OUTSIDE_TABLE"}
    assert len(risks) == 5  # (no footer read as a point)


def test_a_footer_naming_no_one_gives_no_holder(tmp_path):
    """'以上风险点由各股室负责人负责防控', '以上风险点责任人：各科室负责人': no one named, the
    list stays one form as before."""
    runs = [
        ("以上风险点由各股室负责人负责防控", RUNS[0][1]),
        ("以上风险点责任人：各科室负责人", RUNS[2][1]),
    ]
    got = _read(tmp_path, _rows(runs))
    assert set(got.risks["person"]) == {""}
    assert "HOLDER_BY_FOOTER" not in set(got.issues["code"])
    assert len(got.risks) == 4


def test_what_the_eighty_first_review_found(tmp_path):
    """Review 81: a card's holder named above its table stands against a footer; a footer
    naming only the holder gives rows that name their post the name; a footer giving the
    level and then the holder gives both."""
    card = [
        ["岗位廉政风险防控卡"],
        ["姓名", "仉曦澄", "科室", "办公室", "岗位", "主任"],
        ["序号", "风险点", "风险等级", "防控措施"],
        [1, "公务接待超标准", "二级", "先审批后接待。"],
        [2, "公车私用", "三级", "派车登记。"],
        ["以上风险点责任岗位：局长　责任人：谯砚舟"],
    ]
    got = _read(tmp_path / "a", card)
    assert set(
        zip(got.risks["department"], got.risks["title"], got.risks["person"], strict=True)
    ) == {("办公室", "主任", "仉曦澄")}
    assert "HOLDER_BY_FOOTER" not in set(got.issues["code"])

    posts = [
        ["序号", "岗位", "风险点", "风险等级", "防控措施"],
        [1, "办公室主任", "公务接待超标准", "二级", "先审批后接待。"],
        [2, "办公室主任", "公车私用", "三级", "派车登记。"],
        ["以上风险点责任人：仉曦澄"],
        [3, "审计一股股长", "审计发现问题不报", "一级", "问题清单销号。"],
        ["以上风险点责任人：谯砚舟"],
    ]
    got = _read(tmp_path / "b", posts)
    assert got.risks["person"].tolist() == ["仉曦澄", "仉曦澄", "谯砚舟"]
    assert got.risks["title"].tolist() == ["办公室主任", "办公室主任", "审计一股股长"]

    both = [
        ["序号", "风险点", "防控措施"],
        [1, "低保审核优亲厚友", "入户核查，张榜公示。"],
        [2, "危房改造资金截留", "资金直达农户。"],
        ["以上为一级风险点，责任人：仉曦澄"],
        [3, "会议费报销不规范", "按标准报销。"],
        ["以上为二级风险点，责任人：谯砚舟"],
    ]
    got = _read(tmp_path / "c", both)
    assert got.risks["risk_level"].tolist() == ["Ⅰ级", "Ⅰ级", "Ⅱ级"]
    assert got.risks["person"].tolist() == ["仉曦澄", "仉曦澄", "谯砚舟"]
    assert "LEVEL_BLANK" not in set(got.issues["code"])


def test_a_caption_over_each_run_naming_its_holder_in_fields(tmp_path):
    """Review 81: the holder named ABOVE each run in labelled fields, with '以下风险点' or
    without: the rows below are that holder's, the post kept."""
    for lead in ("以下风险点", ""):
        rows = [
            ["某镇卫生院廉洁风险防控清单"],
            ["序号", "廉洁风险点", "风险等级", "防控措施"],
            [f"{lead}责任科室：院办　责任岗位：院长　责任人：禚晗昫"],
            [1, "药品耗材采购指定供货商", "高", "带量采购。"],
            [2, "医务人员绩效分配不公", "中", "方案公示。"],
            [f"{lead}责任科室：收费室　责任岗位：收费员　责任人：阚璟沄"],
            [3, "收取现金不入账", "高", "日清日结。"],
        ]
        got = _read(tmp_path / (lead or "bare"), rows)
        read = list(zip(got.risks["department"], got.risks["title"], got.risks["person"],
                        strict=True))  # fmt: skip
        assert read == [("院办", "院长", "禚晗昫")] * 2 + [("收费室", "收费员", "阚璟沄")]


def test_a_labelled_name_the_name_test_doubts_is_still_the_holder(tmp_path):
    """Review 82: '姓名：贺中' (a name ending as a level word does) in a caption over a run is
    the run's holder, as '姓名：温立新' is; the next run's caption is not lost."""
    rows = [
        ["廉政风险防控清单"],
        ["序号", "风险点", "风险等级", "防控措施"],
        ["科室：办公室　岗位：主任　姓名：温立新"],
        [1, "公车私用", "高", "派车登记。"],
        ["科室：财务股　岗位：股长　姓名：贺中"],
        [2, "违规报销", "高", "报销双签。"],
        [3, "私设小金库", "高", "账户清理。"],
    ]
    got = _read(tmp_path, rows)
    assert got.risks["person"].tolist() == ["温立新", "贺中", "贺中"]
    assert "ROW_UNPLACED" not in set(got.issues["code"])


def test_a_caption_naming_the_kesi_and_its_overseeing_leader(tmp_path):
    """Review 82's gap: '责任科室：耕保股　分管领导：…' over each run: the rows are the 科室's
    (their posts and names their own columns'); the leader who oversees them holds none."""
    rows = [
        ["某县自然资源局廉政风险防控一览表"],
        ["序号", "岗位", "姓名", "风险点", "风险等级", "防控措施"],
        ["责任科室：耕保股　分管领导：逯瀚昀"],
        [1, "股长", "沈翊澂", "耕地占补平衡验收走过场", "高", "验收双人签字。"],
        [2, "科员", "潘珺瑶", "违规出具用地证明", "中", "证明集体审核。"],
        ["责任科室：规划股　分管领导：阚沣翀"],
        [3, "股长", "袁瑾沛", "违规调整规划指标", "高", "调整报局务会。"],
    ]
    got = _read(tmp_path / "cols", rows)
    read = list(zip(got.risks["department"], got.risks["person"], strict=True))
    assert read == [("耕保股", "沈翊澂"), ("耕保股", "潘珺瑶"), ("规划股", "袁瑾沛")]
    assert "ROW_UNPLACED" not in set(got.issues["code"])
    assert "逯瀚昀" not in set(got.posts["person"])


def test_sign_off_lines_between_captioned_runs(tmp_path):
    """Review 82's gap: each run captioned with its holder and closed by its holder's sign-off
    line ('科室负责人（签字）：'); the sign-off ended the table and the next runs went unplaced."""
    rows = [["某县档案馆廉政风险防控清单"], ["序号", "风险点", "风险等级", "防控措施"]]
    runs = [("征集科", "科长", "濮澄岚", ["征集档案价格虚高", "违规接受捐赠"]),
            ("保管利用科", "科员", "阚沐霖", ["私自提供未开放档案"])]  # fmt: skip
    n = 0
    for dept, post, name, points in runs:
        rows.append([f"责任科室：{dept}　责任岗位：{post}　责任人：{name}"])
        for point in points:
            n += 1
            rows.append([n, point, "高", "集体研究。"])
        rows.append(["科室负责人（签字）：", None, "年　月　日"])
    got = _read(tmp_path, rows)
    read = list(zip(got.risks["department"], got.risks["person"], got.risks["risk_point"],
                    strict=True))  # fmt: skip
    assert read == [("征集科", "濮澄岚", "征集档案价格虚高"), ("征集科", "濮澄岚", "违规接受捐赠"),
                    ("保管利用科", "阚沐霖", "私自提供未开放档案")]  # fmt: skip
    assert "ROW_UNPLACED" not in set(got.issues["code"])


def test_what_the_eighty_third_review_found(tmp_path):
    """Last year's list under the sign-off, captioned as such, is no run of this list."""
    rows = [
        ["某县图书馆岗位廉政风险防控清单"],
        ["序号", "岗位", "责任人", "风险点", "风险等级", "防控措施"],
        [1, "馆长", "濮澄岚", "采购图书指定书商", "高", "比价采购"],
        ["科室负责人（签字）：", None, None, "年　月　日"],
        ["附：2024年度综合科岗位廉政风险点（已调整）"],
        [1, "馆长", "濮澄岚", "办证押金挪用", "中", "押金专户"],
    ]
    got = _read(tmp_path, rows)
    assert got.risks["risk_point"].tolist() == ["采购图书指定书商"]
    assert "ROW_UNPLACED" in set(got.issues["code"])
