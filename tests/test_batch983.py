"""The nine-hundred-and-eighty-third batch of published layouts (tests/published/batch983.py):
seven ordinary files as the 政府工作部门 and 事业单位 of one banner (鄂托克前旗) really send them — the
教育体育局's 一览表 with ``股室`` merged, ``…风险`` types and ``一级/二级/三级``, the 乌兰牧骑's 防控卡 one
sheet a person with ``持卡人 | … | 职务 | …``, short types and 高/中/低, the 司法局's 排查表 with a 司法所 in its
``股室`` column, ``风险点 | 具体表现`` and ``高风险/中风险/低风险``, the 发展和改革委员会's 清单 对岗不对人 with
``一级风险/二级风险/三级风险``, the 蒙古族学校's 自查表 one sheet a person with ``★★★/★★/★``, the
市场监督管理局's 清单 under group rows ``一、局领导``, ``二、敖勒召其市场监督管理所`` … with ``Ⅰ级/Ⅱ级/Ⅲ级``,
the 能源局's 一览表 with 责任人 on every row and ``重点防控/一般防控/常规防控`` — and one harder: the
自然资源局's 一览表 whose ``风险类别`` holds two-letter codes (``SX``, ``ZD`` …) and whose ``风险等级`` holds
``甲/乙/丙``, explained by two KEY TABLES (``代码 | 含义``) on a second sheet ``代码说明``
(``python tests/published/score.py --set batch983``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here (no test
here reads the batch).

Measured ONCE, untuned, with main's reader at f492add0 (this worktree branched from that commit,
xlproc/ untouched), after these tests passed: TOTAL forms=1.000 recall=1.000 precision=1.000
levels=0.786 types=0.786 noise=0 (forms 33/33, points 56/56, precision 56/56, levels 44/56, types
44/56); with --strict the same: TOTAL forms=1.000 recall=1.000 precision=1.000 levels=0.786
types=0.786 noise=0. The 8 files: eight .xlsx, no re-saved copies. The seven ordinary layouts read
in full (forms, points, levels and types all 1.00, noise 0) — the 司法局's ``敖勒召其司法所`` in its
``股室`` column and the 市场监督管理局's group rows ``二、敖勒召其市场监督管理所`` came out as 科室 of their 局,
the 能源局's ``重点防控/一般防控/常规防控`` as 1/2/3, as the truth has them.

Missed, all in the harder ``etq_natural_resources_code_key_sheet.xlsx`` (forms 6/6, points 12/12,
precision 12/12, levels 0/12, types 0/12, noise 0): every point of the list came out with NO level
and NO type, each an error LEVEL_UNKNOWN at its ``风险等级`` cell (一览表!G3–G14: ``甲``, ``甲``, ``乙``,
``乙``, ``甲``, ``丙``, ``乙``, ``乙``, ``甲``, ``丙``, ``丙``, ``乙``; truth 1, 1, 2, 2, 1, 3, 2, 2, 1, 3, 3,
2 by the key ``甲 | 一级风险（高）`` …) and an error TYPE_UNKNOWN at its ``风险类别`` cell (F3–F14:
``ZD``, ``SX``, ``GW``, ``WB``, ``YW``, ``SX``, ``GW``, ``ZD``, ``YW``, ``GW``, ``WB``, ``YW``; truth 制度机制,
思想道德, 岗位职责, 外部环境, 业务流程, 思想道德, 岗位职责, 制度机制, 业务流程, 岗位职责, 外部环境,
业务流程 by the key ``SX | 思想道德风险`` …); the second sheet ``代码说明`` — two key tables, each a
caption (``一、风险类别代码``, ``二、风险等级代码``), a heading ``代码 | 含义`` and one row a code — was
passed over without a word (no points, no issue), so nothing tied the codes to their meaning.
Forms, holders, 科室, points and measures all right.
Kind: a type (level) column of codes explained not by a sentence (TYPE_CODES reads
``A—思想道德风险…`` lines, one character a code; the ``标识 | 含义`` box beside a level column reads
colour words on the list's own sheet) but by a two-column KEY TABLE of rows (``代码 | 含义`` over
``SX | 思想道德风险``, ``甲 | 一级风险（高）``) on a ``代码说明`` sheet (or beside or under the list); a
general fix would read such key tables wherever they stand in the file, give each point the type
(the level) its code stands for, say so once a table, warn at a cell whose code the key lacks, and
keep the key's rows out of the points and out of CELL_OUTSIDE.

Unscored besides: the harder file's twelve LEVEL_UNKNOWN and twelve TYPE_UNKNOWN errors (above);
the other issues are info only (TABLE_NO_TYPE, GRADE_BLANK, FILE_SKIPPED for truth.json).

Generalised after this measurement: a list whose type column (level column) holds codes the
configured words do not read (``SX``, ``ZD、GW``, ``01``, ``甲``, ``A``) and a two-column KEY TABLE
of rows anywhere in the file — on a sheet of its own (``代码说明``, ``代码对照``), under the list or
beside it — headed ``代码 | 含义`` (``类别代码 | 类别名称``, ``等级代码 | 等级名称``, ``编码 |
代表含义``; several keys one under another with captions or side by side) whose rows give most of
its codes a type or a level (``SX | 思想道德风险``, ``甲 | 一级风险（高）``): each point's type
(level) is the key's meaning of its code (two codes in a cell two types; ``甲 | 三级风险`` and ``1 |
低风险`` read as the key says, not by the order of 甲乙丙 or the number), said once a list
(CODE_KEY_TABLE, info, at the type column's heading: here 一览表!F2); a code the key lacks keeps no
type (level) with a warning at its cell (CODE_KEY_TABLE_INCOMPLETE, no TYPE_UNKNOWN or LEVEL_UNKNOWN
besides), a code two keys give two meanings is not read; the key's caption, heading and rows are no
points and no cells outside (a key under the list no longer read as rows with no point,
POINT_BLANK); type words beside a key of 科室 codes, a ``编码 | 名称`` table of names and codes a
填表说明 sentence explains (TYPE_CODES) read as before, tests/test_code_key_table.py. Read 1.00
since (forms 33/33, points 56/56, precision 56/56, levels 56/56, types 56/56, noise 0), --strict
too.

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

from published.batch983 import (
    BY_CODES,
    GRADES,
    GUARDS,
    HIGHS,
    KEYED_LEVELS,
    KEYS,
    LAYOUTS,
    LEVEL_KEY,
    RESAVED,
    RISKS,
    ROMAN,
    STARS,
    TYPE_KEY,
    build,
    keyed,
)
from published.checks import Batch
from published.layouts import HML, types_in

LEVELS = {**HML, **GRADES, **ROMAN, **STARS, **RISKS, **HIGHS, **GUARDS}
BATCH = Batch(983, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
HARDER = {"etq_natural_resources_code_key_sheet"}
TYPED = {
    "etq_natural_resources_code_key_sheet",
    "etq_education_sports_list",
    "etq_ulanmuqir_cards",
    "etq_development_reform_posts",
    "etq_energy_list",
}
NOBODY = {"etq_development_reform_posts"}


def test_batch983_is_apart_from_the_earlier_batches():
    BATCH.is_apart(
        count=(8, 9), harder=HARDER, sees=981, unit_words=("鄂托克前旗",), new_people=True
    )


def test_batch983_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(nobody=NOBODY, points=(5, 13))
    assert RESAVED == ()


def test_batch983_levels_and_types():
    BATCH.levels_and_types(typed=TYPED, one_type=True)


def test_batch983_every_unit_is_of_otog_front_banner():
    units = {f["unit"] for lay in LAYOUTS for f in lay["truth"]}
    assert len(units) == len(LAYOUTS) and all(u.startswith("鄂托克前旗") for u in units)


def test_batch983_people_are_of_two_rare_surnames():
    people = {f["person"] for lay in LAYOUTS for f in lay["truth"]} - {""}
    assert people and all(p[:2] in ("叔梁", "车非") for p in people)
    assert {p[:2] for p in people} == {"叔梁", "车非"}


def test_batch983_types_and_levels_by_the_key_tables():
    name = "etq_natural_resources_code_key_sheet"
    head = BATCH.header(name, "一览表")
    rows = BATCH.filled(name, "一览表")
    assert rows[head] == [
        "序号",
        "股室",
        "岗位",
        "姓名",
        "廉政风险点",
        "风险类别",
        "风险等级",
        "防控措施",
    ]
    table = BATCH.table(name, "一览表")
    assert len(table) == sum(len(points) for *_, points in BY_CODES)
    # the list holds codes only: no type word and no level word anywhere on it
    assert not any(c in LEVELS for row in rows for c in row)
    assert not any(types_in(c) for row in rows for c in row if isinstance(c, str))
    # the key sheet, read by its headings: two tables of 代码 | 含义 under captions
    key = BATCH.filled(name, "代码说明")
    heads = [i for i, row in enumerate(key) if row[:2] == ["代码", "含义"]]
    assert len(heads) == len(KEYS) == 2
    assert [key[i - 1][0] for i in heads] == [caption for caption, _x in KEYS]
    tables = []
    for i in heads:
        pairs = []
        for row in key[i + 1 :]:
            if not row or row[0] in (None, "") or row[:2] == ["代码", "含义"] or row[1] is None:
                break
            pairs.append((row[0], row[1]))
        tables.append(pairs)
    assert tables == [TYPE_KEY, LEVEL_KEY]
    kinds = {code: types_in(means) for code, means in tables[0]}
    levels = {code: RISKS[means[:4]] for code, means in tables[1]}
    assert levels == KEYED_LEVELS and {c: k[0] for c, k in kinds.items()} == keyed()[0]
    # every code on the list is in its key; every type and every level used
    assert {row[5] for row in table} == set(kinds) and {row[6] for row in table} == set(levels)
    got = [(row[1], row[2], row[3], row[4], levels[row[6]]) for row in table]
    assert got == BATCH.truth_rows(name, "一览表")
    assert [kinds[row[5]] for row in table] == [r["types"] for r in BATCH.points(name)]
    assert set(levels.values()) == {1, 2, 3} and len({k[0] for k in kinds.values()}) == 5
    # the codes are two letters or a 天干, no code a type or level word of its own
    assert all(len(code) == 2 and code.isascii() for code in kinds)
    assert all(code not in LEVELS for code in levels)


def test_batch983_plain_tables_by_heading():
    cases = [
        ("etq_education_sports_list",
         {"dept": "股室", "post": "职务", "person": "姓名", "point": "廉政风险点"}, "风险类型"),
        ("etq_development_reform_posts", {"post": "岗位", "point": "廉政风险点"}, "风险类别"),
        ("etq_energy_list",
         {"dept": "股室", "post": "岗位", "person": "责任人", "point": "廉政风险点"}, "风险类型"),
    ]  # fmt: skip
    for name, heads, typ in cases:
        assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name), name
        assert BATCH.types_by(name, typ) == [r["types"] for r in BATCH.points(name)], name
    name = "etq_justice_screening"
    heads = {"dept": "股室", "post": "岗位", "person": "姓名", "point": "风险点"}
    assert BATCH.by_heading(name, heads) == BATCH.truth_rows(name)
    # the short 风险点 is the point, the long 具体表现 none
    points = {p["risk_point"] for p in BATCH.points(name)}
    assert not points & {row[5] for row in BATCH.table(name)}


def test_batch983_stations_are_departments_of_their_bureau():
    name = "etq_justice_screening"
    forms = BY_NAME[name]["truth"]
    assert {f["unit"] for f in forms} == {"鄂托克前旗司法局"}
    assert {f["department"] for f in forms if f["department"].endswith("所")} == {"敖勒召其司法所"}
    assert {f["tier"] for f in forms if f["title"] == "所长"} == {"middle"}
    name = "etq_market_regulation_group_rows"
    dept, got = None, []
    for row in BATCH.filled(name):
        if isinstance(row[0], str) and row[0][:2] in ("一、", "二、", "三、"):
            dept = row[0][2:]
        elif isinstance(row[0], int):
            got.append((dept, row[1], row[2], row[3], ROMAN[row[4]]))
    assert got == BATCH.truth_rows(name)
    forms = BY_NAME[name]["truth"]
    assert {f["tier"] for f in forms if f["title"] == "所长"} == {"middle"}
    assert {f["department"] for f in forms} == {
        "局领导",
        "敖勒召其市场监督管理所",
        "城川市场监督管理所",
    }


def test_batch983_one_sheet_a_person():
    name = "etq_mongolian_school_selfchecks"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == ["姓　名", "所在处室", "职　务", "填表日期"]
        assert rows[2][:3] == [f["person"], f["department"], f["title"]]
        fixed = {"dept": f["department"], "post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "廉政风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
    name = "etq_ulanmuqir_cards"
    for f in BY_NAME[name]["truth"]:
        rows = BATCH.filled(name, f["sheet"])
        assert rows[1][:4] == ["持卡人", f["person"], "职务", f["title"]]
        fixed = {"post": f["title"], "person": f["person"]}
        got = BATCH.by_heading(name, {"point": "风险点"}, f["sheet"], fixed=fixed)
        assert got == BATCH.truth_rows(name, f["sheet"])
        assert BATCH.types_by(name, "风险类别", f["sheet"]) == [r["types"] for r in f["risks"]]


def test_batch983_is_read(tmp_path):
    BATCH.is_read(tmp_path)
