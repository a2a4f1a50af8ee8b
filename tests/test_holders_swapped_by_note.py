"""A list under (or over) which a note says two people it names EXCHANGED POSTS while the holder
column was left as it was ('…与…岗位对调，本表责任人一栏未作调整', '…、…两同志交流轮岗，表中姓名未改'):
each of the two then holds the other's post — its 科室, post and points — so the rows the list
writes under one are read as the other's, said once (info ``HOLDERS_SWAPPED_BY_NOTE``); a note
naming someone the list lacks is warned at its cell (``HOLDERS_SWAPPED_UNMATCHED``) and nothing
changed.

Not the published batch's list (a 税务 稽查局 with 股室/岗位/姓名, 一级/二级/三级 and a ``注：`` line
under it saying ``岗位互换``): a 县人民医院 and a 县疾病预防控制中心 with 科室/岗位/责任人 or 部门/职务/姓名,
levels 高/中/低 or Ⅰ级/Ⅱ级/Ⅲ级, the note under the list or right under the title, the names
bare, bracketed or after their posts, ``对调``/``交流轮岗``/``调换岗位``. The near-misses an ordinary
file has read as before: a swap note saying the list already shows it (``表中已按调整后填写``), and
a note on 轮岗 in general naming no one (``定期轮岗交流``) or on posts and people in general.
"""

from pathlib import Path

from helpers import write_ods, write_workbook

from xlproc.collect import assemble, discover, read_file
from xlproc.config import load_config


def _collect(inbox: Path):
    config = load_config()
    return assemble((read_file(p, rel, config) for p, rel in discover([inbox])), config, [inbox])


def run(tmp_path: Path, rows: list[list], merges: list[str] | None = None):
    inbox = tmp_path / "inbox"
    write_workbook(inbox / "t.xlsx", {"清单": rows}, {"清单": merges or []})
    return _collect(inbox)


def read(got) -> list[tuple[str, str, str, str]]:
    r = got.risks
    return sorted(zip(r["department"], r["title"], r["person"], r["risk_point"], strict=True))


def codes(got) -> set[str]:
    return set(got.issues["code"])


P1 = "药品耗材采购中收受供应商回扣"
P2 = "验收入库时以次充好、数量不符"
P3 = "现金收付不及时入账、坐收坐支"
P4 = "票据管理不严，私自作废发票"
P5 = "院长办公会决策未充分讨论"

HOSPITAL = [
    ["县人民医院廉政风险点清单"],
    ["科室", "岗位", "责任人", "廉政风险点", "风险等级", "防控措施"],
    ["院领导", "院长", "蔺澄霁", P5, "高", "重大事项集体决策。"],
    ["药剂科", "采购员", "邝沐琛", P1, "高", "阳光采购，全程留痕。"],
    ["药剂科", "采购员", "邝沐琛", P2, "中", "双人验收签字。"],
    ["财务科", "出纳", "闵栖梧", P3, "中", "日清月结，定期盘点。"],
    ["财务科", "出纳", "闵栖梧", P4, "低", "票据专人保管、登记。"],
]
AS_WRITTEN = sorted(
    [
        ("院领导", "院长", "蔺澄霁", P5),
        ("药剂科", "采购员", "邝沐琛", P1),
        ("药剂科", "采购员", "邝沐琛", P2),
        ("财务科", "出纳", "闵栖梧", P3),
        ("财务科", "出纳", "闵栖梧", P4),
    ]
)
SWAPPED = sorted(
    [
        ("院领导", "院长", "蔺澄霁", P5),
        ("药剂科", "采购员", "闵栖梧", P1),
        ("药剂科", "采购员", "闵栖梧", P2),
        ("财务科", "出纳", "邝沐琛", P3),
        ("财务科", "出纳", "邝沐琛", P4),
    ]
)


def _hospital(note: str, tmp_path: Path):
    rows = [*HOSPITAL, [note]]
    return run(tmp_path, rows, ["A1:F1", "A8:F8"])


def test_pair_swapped_by_a_note_under_the_list(tmp_path):
    got = _hospital(
        "说明：经院党委研究，自2025年3月起邝沐琛与闵栖梧岗位对调，本表责任人一栏未作调整。",
        tmp_path,
    )
    assert read(got) == SWAPPED
    issues = got.issues[got.issues["code"] == "HOLDERS_SWAPPED_BY_NOTE"]
    assert len(issues) == 1
    msg = issues["message"].iloc[0]
    assert "邝沐琛" in msg and "闵栖梧" in msg and "A8" in msg


def test_names_after_their_posts_and_swap_said_as_调换岗位(tmp_path):
    note = "备注：药剂科采购员邝沐琛、财务科出纳闵栖梧二人已调换岗位，表中责任人仍为调整前人员。"
    got = _hospital(note, tmp_path)
    assert read(got) == SWAPPED
    assert "HOLDERS_SWAPPED_BY_NOTE" in codes(got)


def test_note_over_the_list_交流轮岗_roman_levels(tmp_path):
    rows = [
        ["县疾病预防控制中心岗位廉政风险防控一览表"],
        ["注：檀予安、沐知行两同志交流轮岗，表中姓名未改。"],
        ["序号", "部门", "职务", "姓名", "风险点", "等级", "防控措施"],
        [1, "检验科", "检验员", "檀予安", "检验报告数据篡改", "Ⅱ级", "双人复核。"],
        [2, "免疫规划科", "疫苗管理员", "沐知行", "疫苗出入库账实不符", "Ⅰ级", "每月盘点。"],
        [3, "免疫规划科", "疫苗管理员", "沐知行", "冷链记录造假", "Ⅱ级", "温度自动记录。"],
        [4, "办公室", "主任", "郗晏晴", "公务接待超标准", "Ⅲ级", "接待清单公开。"],
    ]
    got = run(tmp_path, rows, ["A1:G1", "A2:G2"])
    assert read(got) == sorted(
        [
            ("检验科", "检验员", "沐知行", "检验报告数据篡改"),
            ("免疫规划科", "疫苗管理员", "檀予安", "疫苗出入库账实不符"),
            ("免疫规划科", "疫苗管理员", "檀予安", "冷链记录造假"),
            ("办公室", "主任", "郗晏晴", "公务接待超标准"),
        ]
    )
    assert "HOLDERS_SWAPPED_BY_NOTE" in codes(got)


def test_a_person_not_in_the_list_is_warned_and_nothing_changes(tmp_path):
    got = _hospital("注：邝沐琛与祁望舒岗位互换，表中责任人未改。", tmp_path)
    assert read(got) == AS_WRITTEN
    issues = got.issues[got.issues["code"] == "HOLDERS_SWAPPED_UNMATCHED"]
    assert len(issues) == 1 and issues["severity"].iloc[0] == "warning"
    assert "HOLDERS_SWAPPED_BY_NOTE" not in codes(got)


def test_swap_already_shown_in_the_list_reads_as_written(tmp_path):
    got = _hospital("注：邝沐琛与闵栖梧岗位互换，表中已按调整后填写。", tmp_path)
    assert read(got) == AS_WRITTEN
    assert not codes(got) & {"HOLDERS_SWAPPED_BY_NOTE", "HOLDERS_SWAPPED_UNMATCHED"}


def test_general_rotation_note_names_no_one(tmp_path):
    got = _hospital(
        "注：本院重点岗位人员实行定期轮岗交流，人员与岗位调换时应及时更新本表。", tmp_path
    )
    assert read(got) == AS_WRITTEN
    assert not codes(got) & {"HOLDERS_SWAPPED_BY_NOTE", "HOLDERS_SWAPPED_UNMATCHED"}


def test_planned_swap_changes_nothing(tmp_path):
    got = _hospital("注：拟于下半年安排邝沐琛与闵栖梧岗位对调，届时另行调整本表。", tmp_path)
    assert read(got) == AS_WRITTEN
    assert not codes(got) & {"HOLDERS_SWAPPED_BY_NOTE", "HOLDERS_SWAPPED_UNMATCHED"}


def test_ods_copy_with_a_duty_column_more(tmp_path):
    # (LibreOffice's copy, no merges, a 责任领导 column after the measures)
    rows = [
        [*r, "蔺澄霁" if i > 1 else ("责任领导" if i == 1 else "")] for i, r in enumerate(HOSPITAL)
    ]
    rows.append(["注：邝沐琛同志与闵栖梧同志调换岗位（2025年5月起），本表责任人未更改。"])
    inbox = tmp_path / "inbox"
    write_ods(inbox / "t.ods", {"清单": rows})
    got = _collect(inbox)
    assert read(got) == SWAPPED
    assert "HOLDERS_SWAPPED_BY_NOTE" in codes(got)


def test_brackets_giving_the_posts_the_list_already_shows(tmp_path):
    # (each bracket the post the list already writes for the OTHER: the list is the new one)
    note = "注：邝沐琛（原出纳）与闵栖梧（原采购员）岗位对调，本表未另作说明。"
    got = _hospital(note, tmp_path)
    assert read(got) == AS_WRITTEN
    assert not codes(got) & {"HOLDERS_SWAPPED_BY_NOTE", "HOLDERS_SWAPPED_UNMATCHED"}


def test_what_the_hundred_and_thirty_second_review_found_turns_and_routines_not_swaps(tmp_path):
    """Notes naming two holders with an exchange word that moves no post: a duty taken in turns
    ('轮换值班', '交换保管'), a rotation rule ('每年轮岗一次'), a cover while one is away ('休产假
    期间…互换工作'), a swap still to come ('将岗位对调', '对调（下半年执行）'). Each had swapped the
    two people's posts and points; the list now reads as written, said nothing of."""
    notes = [
        "注：邝沐琛与闵栖梧轮换值班。",
        "注：保险柜现金由邝沐琛与闵栖梧交换保管。",
        "注：邝沐琛与闵栖梧每年轮岗一次。",
        "注：采购员邝沐琛休产假期间，由出纳闵栖梧与其互换工作。",
        "注：邝沐琛与闵栖梧将岗位对调。",
        "注：邝沐琛与闵栖梧岗位对调（下半年执行）。",
    ]
    for n, note in enumerate(notes):
        got = _hospital(note, tmp_path / str(n))
        assert read(got) == AS_WRITTEN, note
        assert "HOLDERS_SWAPPED_BY_NOTE" not in codes(got), note


def test_what_the_hundred_and_thirty_second_review_found_a_made_swap_still_read(tmp_path):
    """The made swap beside those words reads as the rule has it ('已于…岗位互换，表中姓名未改')."""
    got = _hospital("注：邝沐琛与闵栖梧已于2025年3月岗位互换，表中姓名未改。", tmp_path)
    assert read(got) == SWAPPED


def test_what_the_hundred_and_thirty_second_review_found_a_bare_exchange_of_things(tmp_path):
    """'注：邝沐琛负责与供应商交换合同，闵栖梧审核': a bare '交换' with no 岗位 by it moves papers, not
    posts; it had been warned as a swap naming someone not in the list (HOLDERS_SWAPPED_UNMATCHED).
    Now nothing is said; '岗位交换' and '交换岗位' still read as swaps."""
    got = _hospital("注：邝沐琛负责与供应商交换合同，闵栖梧审核。", tmp_path / "a")
    assert read(got) == AS_WRITTEN
    assert not {"HOLDERS_SWAPPED_BY_NOTE", "HOLDERS_SWAPPED_UNMATCHED"} & codes(got)
    for n, note in enumerate(("注：邝沐琛与闵栖梧岗位交换，表中姓名未改。", "注：邝沐琛与闵栖梧交换岗位，表中姓名未改。")):  # fmt: skip
        assert read(_hospital(note, tmp_path / str(n))) == SWAPPED, note
