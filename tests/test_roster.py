import pytest
from click.testing import CliRunner

from xlproc.cli import main
from xlproc.errors import RosterError
from xlproc.roster import read_roster

HEAD = "单位,科室,姓名,职务,岗位层级\n"


def test_reads_utf8_and_gbk_csv(tmp_path):
    body = (
        HEAD
        + "XX局,领导班子,王一,局长,领导\nXX局,办公室,李二,主任,中层岗位\nXX局,办公室,赵三,科员,一般\n"
    )
    for enc in ("utf-8-sig", "gbk"):
        p = tmp_path / f"r-{enc}.csv"
        p.write_bytes(body.encode(enc))
        people = read_roster(p)
        assert [(x.person, x.tier, x.row) for x in people] == [
            ("王一", "leader", 2),
            ("李二", "middle", 3),
            ("赵三", "general", 4),
        ]


def test_reads_rosters_saved_as_unicode_text_or_with_semicolons(tmp_path):
    # Excel's 'Unicode 文本' (UTF-16 with its mark, tab-separated .txt) and a GBK CSV of a
    # European-set Excel (semicolons): read as the inbox's text tables are
    rows = [
        ["单位", "科室", "姓名", "职务", "岗位层级"],
        ["XX县档案馆", "保管股", "阚一禾", "股长", "中层"],
    ]
    p = tmp_path / "花名册.txt"
    p.write_bytes("\r\n".join("\t".join(r) for r in rows).encode("utf-16"))
    q = tmp_path / "花名册.csv"
    q.write_bytes("\n".join(";".join(r) for r in rows).encode("gbk"))
    for path in (p, q):
        (person,) = read_roster(path)
        assert (person.unit, person.department, person.person, person.tier) == (
            "XX县档案馆",
            "保管股",
            "阚一禾",
            "middle",
        ), path.name
    bad = tmp_path / "乱码.csv"
    bad.write_bytes(b"\xff\xfe\x00\xd8" + bytes(range(128, 160)))
    with pytest.raises(RosterError, match="编码无法识别"):
        read_roster(bad)


def test_reads_xlsx(tmp_path):
    from helpers import write_workbook

    p = write_workbook(tmp_path / "r.xlsx", {"花名册": [["单位", "科室", "姓名", "职务", "岗位层级", "岗位职责"],
                                                          ["XX局", "办公室", "李二", "主任", "中层", "负责文秘"]]})  # fmt: skip
    (person,) = read_roster(p)
    assert person.duty == "负责文秘"


@pytest.mark.parametrize(
    "body, words",
    [
        ("单位,科室,姓名,岗位层级\nXX局,办公室,李二,中层\n", "缺少“职务”列"),
        (HEAD + "XX局,办公室,李二,主任,处级\n", "第 2 行:岗位层级“处级”无法识别"),
        (HEAD + "XX局,办公室,李二,主任,中层\nXX局,办公室,,科员,一般\n", "第 3 行:姓名为空"),
        (
            HEAD + "XX局,办公室,李二,主任,中层\nXX局,财务科,李二,科员,一般\n",
            "第 3 行:XX局 的 李二 与第 2 行重复",
        ),
    ],
)
def test_bad_roster_names_the_row(tmp_path, body, words):
    p = tmp_path / "r.csv"
    p.write_text(body, encoding="utf-8")
    with pytest.raises(RosterError, match=words):
        read_roster(p)


def test_cli_refuses_bad_roster_and_writes_nothing(tmp_path):
    p = tmp_path / "r.csv"
    p.write_text(HEAD + "XX局,办公室,李二,主任,中层\nXX局,办公室,,科员,一般\n", encoding="utf-8")
    out = tmp_path / "out"
    res = CliRunner().invoke(main, ["templates", "--roster", str(p), "-o", str(out)])
    assert res.exit_code == 2
    assert "第 3 行" in res.output and "Traceback" not in res.output
    assert not out.exists()


def test_every_bad_row_is_reported_at_once(tmp_path):
    p = tmp_path / "r.csv"
    p.write_text(HEAD + "XX局,办公室,李二,主任,中层\nXX局,办公室,,科员,一般\nXX局,办公室,王五,科员,处级\n"
                 "XX局,,赵六,科员,一般\nXX局,财务科,李二,科员,一般\nXX局,办公室,钱七,科员,一般\n",
                 encoding="utf-8")  # fmt: skip
    res = CliRunner().invoke(main, ["templates", "--roster", str(p), "-o", str(tmp_path / "out")])
    assert res.exit_code == 2 and not (tmp_path / "out").exists()
    assert "有 4 处错误" in res.output
    for words in ("第 3 行:姓名为空", "第 4 行:岗位层级“处级”无法识别", "第 5 行:单位或科室为空",
                  "第 6 行:XX局 的 李二 与第 2 行重复"):  # fmt: skip
        assert words in res.output
    assert "第 7 行" not in res.output  # the good row is not named


def test_every_missing_column_is_named(tmp_path):
    p = tmp_path / "r.csv"
    p.write_text("单位,姓名,职务\nXX局,李二,主任\n", encoding="utf-8")
    with pytest.raises(RosterError, match="缺少“科室”“岗位层级”列"):
        read_roster(p)


def test_roster_error_lists_every_bad_row_for_a_page(tmp_path):
    # the workbench lists them one by one: RosterError.problems holds every row's own line
    p = tmp_path / "r.csv"
    bad = "".join(f"XX局,办公室,人{i},科员,处级\n" for i in range(60))
    p.write_text(HEAD + "XX局,办公室,李二,主任,中层\n" + bad, encoding="utf-8")
    with pytest.raises(RosterError) as e:
        read_roster(p)
    assert len(e.value.problems) == 60 and e.value.problems[0].startswith("第 3 行:岗位层级")
    assert "另有 10 处" in str(e.value)  # the message itself stays short
