"""Stacked records of label lines, one a point, each naming its own holder (the "记录单" view).

A register printed as one block of label | value lines per risk point ('编　号 | …',
'所在股室 | …', '职　务 | …', '姓　名 | …', '廉政风险点 | …', '风险级别 | …', '防范措施 | …'),
the blocks stacked down the sheet with no heading row: each block's 科室, post and name are the
holder of its point, a form per holder. The words here are not those of tests/published: another
unit, other labels, other posts and names, other codes.
"""

import shutil
import subprocess
from pathlib import Path

import pytest
from helpers import write_workbook

from xlproc.collect import assemble, discover, read_file
from xlproc.config import load_config
from xlproc.issues import CATALOGUE, SHORT

TITLE = "榆阳区自然资源局不动产登记中心廉洁风险记录单"
LABELS = (
    "编　　号",
    "所在股室",
    "职　　务",
    "姓　　名",
    "廉政风险点",
    "风险类别",
    "风险级别",
    "防范措施",
)
# (股室, 职务, 姓名, 廉政风险点, 风险类别, 风险级别, 防范措施)
RECORDS = [
    ("登记一股", "股长", "滕昱珩", "登记材料审查放宽", "岗位职责", "高", "登记材料双人审核，系统留痕。"),
    ("登记一股", "股长", "滕昱珩", "为熟人插队办件", "思想道德", "中", "办件按受理顺序系统派号。"),
    ("权籍调查股", "测绘员", "濮澄岫", "宗地面积测算不实", "业务流程", "高", "测算成果专人复核。"),
    ("登记一股", "股长", "滕昱珩", "泄露权利人信息", "制度机制", "低", "查询信息授权使用，日志可查。"),
    ("档案股", "档案员", "郜沅蘅", "违规出借登记档案", "外部环境", "中", "档案借阅审批登记。"),
]  # fmt: skip


def run(tmp_path: Path, rows, merges=None, name="t.xlsx"):
    """Write one sheet (xlsxwriter) and collect it as ``collect_inbox`` does, in this process."""
    inbox = tmp_path / "inbox"
    write_workbook(inbox / name, {"记录单": rows}, {"记录单": merges or []})
    return read(inbox)


def read(inbox: Path):
    config = load_config()
    return assemble((read_file(p, rel, config) for p, rel in discover([inbox])), config, [inbox])


def holders(res) -> list[list]:
    return res.posts[["department", "title", "person", "n_risks"]].values.tolist()


def whose(res) -> dict[str, str]:
    """Each point → the name of the form it was read into."""
    people = dict(zip(res.posts["form_id"], res.posts["person"], strict=True))
    return {
        p: people[f] for p, f in zip(res.risks["risk_point"], res.risks["form_id"], strict=True)
    }


def blocks(records, labels=LABELS, gap=True, fields=(0, 1, 2)) -> tuple[list[list], list[str]]:
    """A title, then each record as a block of label lines (the value merged over B:D), an
    empty row after each block when ``gap``; ``fields`` the holder lines each block writes."""
    rows: list[list] = [[TITLE], ["填报单位：榆阳区自然资源局不动产登记中心"]]
    merges = ["A1:D1", "A2:D2"]
    for n, (dept, post, who, point, typ, level, measures) in enumerate(records, 1):
        values = (f"DJ-{n:03d}", dept, post, who, point, typ, level, measures)
        for i, (label, value) in enumerate(zip(labels, values, strict=True)):
            if i - 1 in (0, 1, 2) and i - 1 not in fields:
                continue
            rows.append([label, value])
            merges.append(f"B{len(rows)}:D{len(rows)}")
        if gap:
            rows.append([])
    rows.append(["填表人：", "", "主任（签字）："])
    return rows, merges


def test_each_block_names_its_holder(tmp_path):
    """Three holders, one's blocks not together: a form each, its points in it; the labels
    and the empty rows no points."""
    got = run(tmp_path, *blocks(RECORDS))
    assert sorted(holders(got)) == [
        ["权籍调查股", "测绘员", "濮澄岫", 1],
        ["档案股", "档案员", "郜沅蘅", 1],
        ["登记一股", "股长", "滕昱珩", 3],
    ]
    assert whose(got) == {r[3]: r[2] for r in RECORDS}
    assert dict(zip(got.risks["risk_point"], got.risks["risk_level"], strict=True)) == {
        r[3]: {"高": "Ⅰ级", "中": "Ⅱ级", "低": "Ⅲ级"}[r[5]] for r in RECORDS
    }
    assert "RECORD_HOLDER_DIFFERS" not in set(got.issues["code"])


def test_records_without_empty_rows_split_where_the_first_label_comes_back(tmp_path):
    """No empty row between the records, the holder's lines after the point's: each record
    opens with the same label ('编　　号'); a value left blank is as above."""
    labels = (
        "编　　号",
        "廉政风险点",
        "风险类别",
        "风险级别",
        "防范措施",
        "所在股室",
        "职　　务",
        "姓　　名",
    )
    rows: list[list] = [[TITLE]]
    for n, (dept, post, who, point, typ, level, measures) in enumerate(RECORDS, 1):
        values = (f"DJ-{n:03d}", point, typ, level, measures, dept, post, who)
        rows += [[label, value] for label, value in zip(labels, values, strict=True)]
    rows[1 + 8 + 6] = [labels[6]]  # the second record's 职务 left blank: the first's (股长)
    got = run(tmp_path, rows)
    assert sorted(holders(got)) == [
        ["权籍调查股", "测绘员", "濮澄岫", 1],
        ["档案股", "档案员", "郜沅蘅", 1],
        ["登记一股", "股长", "滕昱珩", 3],
    ]
    assert whose(got) == {r[3]: r[2] for r in RECORDS}


def test_a_field_left_blank_is_as_above(tmp_path):
    """The second record of a holder writes its 职务 and 姓名 lines empty: the record above's."""
    rows, merges = blocks(RECORDS[:3])
    second = [i for i, row in enumerate(rows) if row and row[0] == "编　　号"][1]
    rows[second + 2] = [LABELS[2]]
    rows[second + 3] = [LABELS[3]]
    got = run(tmp_path, rows, merges)
    assert sorted(holders(got)) == [
        ["权籍调查股", "测绘员", "濮澄岫", 1],
        ["登记一股", "股长", "滕昱珩", 2],
    ]


def test_one_card_with_its_holder_above_reads_as_before(tmp_path):
    """Negative: the holder named once above the blocks, no holder lines in them — one
    personal card, one form."""
    mine = [r for r in RECORDS if r[2] == "滕昱珩"]
    rows, merges = blocks(mine, fields=())
    rows[2:2] = [["姓　　名", "滕昱珩", "职　　务", "股长"], ["所在股室", "登记一股"], []]
    got = run(tmp_path, rows, merges)
    assert holders(got) == [["登记一股", "股长", "滕昱珩", 3]]
    assert "RECORD_HOLDER_DIFFERS" not in set(got.issues["code"])


def test_a_block_naming_another_holder_than_the_card_is_followed_and_said(tmp_path):
    """The card above names 滕昱珩; one block names 濮澄岫 (and his post): that block, and the
    blocks after it that name no one, are read as his, with a warning."""
    recs = [RECORDS[0], RECORDS[1], RECORDS[2], RECORDS[4]]
    rows, merges = blocks(recs, fields=())
    rows[2:2] = [["姓　　名", "滕昱珩", "职　　务", "股长"], ["所在股室", "登记一股"], []]
    third = [i for i, row in enumerate(rows) if row and row[0] == "编　　号"][2]
    rows[third + 1 : third + 1] = [["职　　务", "测绘员"], ["姓　　名", "濮澄岫"]]
    got = run(tmp_path, rows, merges)
    assert sorted(holders(got)) == [
        ["登记一股", "测绘员", "濮澄岫", 2],
        ["登记一股", "股长", "滕昱珩", 2],
    ]
    said = got.issues[got.issues["code"] == "RECORD_HOLDER_DIFFERS"]
    assert sorted(said["value"]) == ["测绘员", "濮澄岫"]
    assert set(said["severity"]) == {"warning"}
    assert all("滕昱珩" in m or "股长" in m for m in said["message"])


def test_blocks_before_any_holder_borrow_none_from_below(tmp_path):
    """Unclear: the first two blocks name no holder and nothing above names one; the later
    blocks do. The first two keep no holder (a later block's is not borrowed) and are said so."""
    rows, merges = blocks(RECORDS[2:], fields=(0, 1, 2))
    top, _m = blocks(RECORDS[:2], fields=())
    rows[2:2] = top[2:-1]
    merges = [f"B{i + 1}:D{i + 1}" for i, row in enumerate(rows) if len(row) == 2 and i > 1]
    got = run(tmp_path, rows, merges)
    assert sorted(h[1:] for h in holders(got)) == [
        ["", "", 2], ["档案员", "郜沅蘅", 1], ["测绘员", "濮澄岫", 1], ["股长", "滕昱珩", 1],
    ]  # fmt: skip
    assert whose(got)["登记材料审查放宽"] == "" and whose(got)["为熟人插队办件"] == ""
    said = got.issues[got.issues["code"] == "FORM_NO_PERSON"]
    assert said["cell"].tolist() == ["A3"]  # (the first record's first line)


def test_the_code_is_catalogued():
    assert CATALOGUE["RECORD_HOLDER_DIFFERS"][0] == "warning"
    assert SHORT["RECORD_HOLDER_DIFFERS"]


SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")


@pytest.mark.skipif(not SOFFICE, reason="LibreOffice (soffice) is not installed")
def test_resaved_by_libreoffice(tmp_path):
    """The same register re-saved by LibreOffice as .xlsx and .xls: the merged values read
    the same (the records are read from the cells' text, not from any part of the .xlsx)."""
    src = tmp_path / "src" / "记录单.xlsx"
    rows, merges = blocks(RECORDS)
    write_workbook(src, {"记录单": rows}, {"记录单": merges})
    for fmt in ("xlsx", "xls"):
        subprocess.run([SOFFICE, "--headless", "--convert-to", fmt, "--outdir", str(tmp_path / fmt), str(src)],
                       check=True, capture_output=True, timeout=120)  # fmt: skip
        got = read(tmp_path / fmt)
        assert sorted(holders(got)) == [
            ["权籍调查股", "测绘员", "濮澄岫", 1],
            ["档案股", "档案员", "郜沅蘅", 1],
            ["登记一股", "股长", "滕昱珩", 3],
        ], fmt
        assert whose(got) == {r[3]: r[2] for r in RECORDS}, fmt
