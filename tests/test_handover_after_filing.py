"""A list filled in for the year and not edited when posts changed hands, beside which a
岗位交接登记 is written as LINES, one a handover (``1.2025年7月起，出纳岗由某某接任。``,
``（2）自2025年6月1日起，药剂科科长一职由某某同志接替，原科长某某退休``, ``某某接任收费室收费员``): each
line's post — with or without its 科室; the former holder named picks among two of one post — is
its successor's now, rows and all (the 科室, post, levels and measures the list gives it), said
once a table (info ``HANDOVER_AFTER_FILING``); the lines are no stray rows. A line naming a post
or a holder the list does not have, or one it cannot tell apart, is a warning at its cell
(``HANDOVER_UNMATCHED``) and the list is read as it is. The same lines on a sheet of their own
are read for the list's sheets.

Not the published batch's list (a 县住建局 with 科室/岗位/责任人, 一级/二级/三级 and the lines under a
caption ``岗位交接登记（…）``): a 镇卫生院 and a 县税务所 with 部门/职务/姓名 or 股室/岗位/经办人, levels
高/中/低, the lines under a ``注：`` line or alone, ``一职``/``岗位``/``岗``, ``接替``/``接任``, the
successor before or after the post, a ``交出人 | 接收人`` table. The near-misses read as before: a
stand-in while away (``休假期间由…临时接替``), a handover planned (``拟由…接任``), a note on posts
and people in general (``人员变动的由接任人员承担``), a ``原任 | 现任`` table (HOLDERS_CHANGED).
"""

from pathlib import Path

from helpers import write_workbook

from xlproc.collect import assemble, discover, read_file
from xlproc.config import load_config


def _collect(inbox: Path):
    config = load_config()
    return assemble((read_file(p, rel, config) for p, rel in discover([inbox])), config, [inbox])


def run(tmp_path: Path, sheets: dict[str, list[list]], merges: dict | None = None):
    inbox = tmp_path / "inbox"
    write_workbook(inbox / "t.xlsx", sheets, merges or {})
    return _collect(inbox)


def read(got) -> list[tuple[str, str, str, str]]:
    r = got.risks
    return sorted(zip(r["department"], r["title"], r["person"], r["risk_point"], strict=True))


def codes(got) -> list[str]:
    return list(got.issues["code"])


P1 = "药品采购中收受医药代表回扣"
P2 = "处方点评走过场"
P3 = "收费时少收、漏收，截留现金"
P4 = "退费审核不严，虚假退费"
P5 = "院务会决策不集体研究"
P6 = "公共卫生项目经费虚报"

CLINIC = [
    ["某镇卫生院岗位廉政风险一览表（2025年）"],
    ["部门", "职务", "姓名", "风险点", "等级", "防控措施"],
    ["院部", "院长", "淳于砚", P5, "高", "重大事项院务会集体研究。"],
    ["药剂科", "科长", "濮阳策", P1, "高", "药品采购平台留痕。"],
    ["药剂科", "科长", "濮阳策", P2, "中", "处方点评结果公示。"],
    ["收费室", "收费员", "宰父棠", P3, "高", "日结日清，票款核对。"],
    ["收费室", "收费员", "宰父棠", P4, "中", "退费两人审核。"],
    ["公卫科", "科员", "亓官霁", P6, "低", "经费凭工作量核拨。"],
]
AS_WRITTEN = sorted(
    [
        ("院部", "院长", "淳于砚", P5),
        ("药剂科", "科长", "濮阳策", P1),
        ("药剂科", "科长", "濮阳策", P2),
        ("收费室", "收费员", "宰父棠", P3),
        ("收费室", "收费员", "宰父棠", P4),
        ("公卫科", "科员", "亓官霁", P6),
    ]
)


def _now(**posts: str) -> list[tuple[str, str, str, str]]:
    """AS_WRITTEN with the holders of ``posts`` (the list's holder → the successor) changed."""
    return sorted((d, t, posts.get(p, p), pt) for d, t, p, pt in AS_WRITTEN)


def _clinic(tmp_path: Path, *lines: str):
    rows = [*CLINIC, *([x] for x in lines)]
    merges = ["A1:F1", *(f"A{9 + i}:F{9 + i}" for i in range(len(lines)))]
    return run(tmp_path, {"一览表": rows}, {"一览表": merges})


def test_lines_under_a_note_give_the_posts_to_their_successors(tmp_path):
    got = _clinic(
        tmp_path,
        "注：等级分高、中、低三档。",
        "（1）自2025年6月1日起，药剂科科长一职由端木琰同志接替，原科长濮阳策退休；",
        "（2）2025年9月起，收费员岗位由闻人晗接任。",
    )
    assert read(got) == _now(濮阳策="端木琰", 宰父棠="闻人晗")
    said = got.issues[got.issues["code"] == "HANDOVER_AFTER_FILING"]
    assert len(said) == 1
    msg = said["message"].iloc[0]
    assert "A10" in msg and "濮阳策→端木琰" in msg and "宰父棠→闻人晗" in msg
    assert "ROW_UNPLACED" not in codes(got) and "HANDOVER_UNMATCHED" not in codes(got)


def test_successor_before_the_post_and_one_line_of_two(tmp_path):
    got = _clinic(tmp_path, "2025年8月起，闻人晗接任收费室收费员；公卫科科员岗由左丘淼接任。")
    assert read(got) == _now(宰父棠="闻人晗", 亓官霁="左丘淼")
    assert codes(got).count("HANDOVER_AFTER_FILING") == 1


def test_a_post_the_list_lacks_is_warned_and_the_list_kept(tmp_path):
    got = _clinic(
        tmp_path,
        "岗位交接登记",
        "1.2025年7月起，会计岗由端木琰接任。",
        "2.2025年9月起，收费员岗位由闻人晗接任。",
    )
    assert read(got) == _now(宰父棠="闻人晗")
    warned = got.issues[got.issues["code"] == "HANDOVER_UNMATCHED"]
    assert list(warned["cell"]) == ["A10"] and "会计" in warned["message"].iloc[0]
    assert "ROW_UNPLACED" not in codes(got)


def test_two_of_one_post_told_apart_by_the_former_holder(tmp_path):
    rows = [*CLINIC, ["公卫科", "科员", "巫马溪", "健康档案录入不实", "低", "档案抽查复核。"]]
    line = "注：2025年7月起，科员岗由左丘淼接任（原科员巫马溪调县疾控中心）。"
    got = run(tmp_path, {"一览表": [*rows, [line]]}, {"一览表": ["A1:F1", "A10:F10"]})
    got_rows = read(got)
    assert ("公卫科", "科员", "左丘淼", "健康档案录入不实") in got_rows
    assert ("公卫科", "科员", "亓官霁", P6) in got_rows
    # the same line with no former holder: which 科员? warned, none changed
    line = "注：2025年7月起，科员岗由左丘淼接任。"
    got = run(tmp_path / "b", {"一览表": [*rows, [line]]}, {"一览表": ["A1:F1", "A10:F10"]})
    assert "左丘淼" not in set(got.risks["person"])
    assert "HANDOVER_UNMATCHED" in codes(got)


def test_lines_on_a_sheet_of_their_own(tmp_path):
    lines = [
        ["岗位交接登记"],
        ["一、2025年6月起，药剂科科长岗位由端木琰接任。"],
        ["二、2025年10月起，财务室会计岗由左丘淼接任。"],
    ]
    got = run(tmp_path, {"一览表": CLINIC, "岗位交接登记": lines}, {"一览表": ["A1:F1"]})
    assert read(got) == _now(濮阳策="端木琰")
    issues = got.issues
    said = issues[issues["code"] == "HANDOVER_AFTER_FILING"]
    assert list(said["source_sheet"]) == ["岗位交接登记"] and list(said["cell"]) == ["A2"]
    warned = issues[issues["code"] == "HANDOVER_UNMATCHED"]
    assert list(warned["cell"]) == ["A3"]


def test_tax_office_table_of_handovers_with_a_witness_column(tmp_path):
    rows = [
        ["某县税务所岗位风险清单"],
        ["股室", "岗位", "经办人", "风险点", "等级", "防控措施"],
        ["征收股", "征收员", "司寇澄", "违规办理减免税", "高", "减免税两人审核。"],
        ["管理股", "管理员", "拓跋岚", "漏征漏管户清理不到位", "中", "每月比对登记信息。"],
    ]
    log = [
        ["岗位交接记录"],
        ["序号", "交接岗位", "交出人", "接收人", "交接日期", "监交人"],
        [1, "征收员", "司寇澄", "呼延朔", "2025年7月1日", "拓跋岚"],
    ]
    got = run(tmp_path, {"清单": rows, "交接": log}, {"清单": ["A1:F1"]})
    assert ("征收股", "征收员", "呼延朔", "违规办理减免税") in read(got)
    assert "HOLDERS_CHANGED" in codes(got)


def test_near_misses_read_as_before(tmp_path):
    for i, line in enumerate(
        [
            "注：休假期间，收费员岗位由闻人晗临时接替。",
            "注：2026年起，收费员岗位拟由闻人晗接任。",
            "注：本表对岗不对人，岗位人员变动的由接任人员承担防控责任。",
            "注：药剂科科长岗由濮阳策接任。",  # (the list names him already)
        ]
    ):
        got = _clinic(tmp_path / str(i), line)
        assert read(got) == AS_WRITTEN, line
        assert not {"HANDOVER_AFTER_FILING", "HANDOVER_UNMATCHED"} & set(codes(got)), line


def test_a_former_and_present_table_still_holders_changed(tmp_path):
    rows = [
        *CLINIC,
        [],
        ["人员变动情况"],
        ["岗位", "原任人员", "现任人员", "变动时间"],
        ["收费员", "宰父棠", "闻人晗", "2025年9月"],
    ]
    got = run(tmp_path, {"一览表": rows}, {"一览表": ["A1:F1"]})
    assert read(got) == _now(宰父棠="闻人晗")
    assert "HOLDERS_CHANGED" in codes(got) and "HANDOVER_AFTER_FILING" not in codes(got)
