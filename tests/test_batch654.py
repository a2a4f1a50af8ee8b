"""The six-hundred-and-fifty-fourth batch of published layouts (tests/published/batch654.py): seven
ordinary files as the 网信 and 新闻 bodies of one banner (土默特左旗) really send them, and one harder:
the 政务新媒体中心's 廉政风险防控清单 keyed by 平台账号 and 涉及角色, whose holders stand only in an
account × role 账号管理责任表 under the list (``python tests/published/score.py --set batch654``).

These tests check only that the truth is consistent with the sheets and with the batch's stated
judgement calls; how well the reader does is measured by score.py, not asserted here (no test
here reads the batch).

Measured ONCE, untuned, with main's reader at 5f8891f (/work/snap19; this worktree branched from
dev at the same commit): TOTAL forms=0.818 recall=0.830 precision=0.786 levels=1.000 types=1.000
noise=0; with --strict the same: TOTAL forms=0.818 recall=0.830 precision=0.786 levels=1.000
types=1.000 noise=0. The 8 files: eight .xlsx, no re-saved copies. The seven ordinary layouts read
in full (forms, points, levels and types all 1.00, noise 0).

Missed, all in the harder ``tumed_new_media_accounts_roles.xlsx`` (sheet 防控清单; forms 0/6, points
0/9, precision 0/12): the reader took rows 2–17 as one table with no holder column and made ONE
form with no person and no post (posts.csv F00001, unit 土默特左旗政务新媒体中心) holding the nine
points D3:D11 with their levels, never resolving 平台账号 (B, merged) × 涉及角色 (C) through the
``附：政务新媒体账号管理责任表`` under the list; worse, it read that roster's heading row and rows
(A14:E17) as three more points of the same form — ``内容编辑`` (D14) and ``詹萸汐（编辑）`` /
``詹萸汐（编辑）`` / ``詹岍禕（编辑）`` (D15:D17), their ``终审人`` / ``姓名（职务）`` cells in E14:E17 taken
as levels (LEVEL_UNKNOWN), their 终审人 names in F as missing measures (MEASURES_BLANK). The truth has
six holders: 科员 嵇翾棣 (D3, D9), 编辑 詹萸汐 (D4, D7), 副主任 嵇蔚岷 (D5, D8), 技术员 詹珝枞 (D6), 编辑
詹岍禕 (D10) and 主任 詹霖琬 (D11), 9 points. Kind: a list keyed by (platform account, role) whose
holders stand only in an account × role roster printed under it is read as one holderless form,
and the roster itself is read on as rows of the list.

Unscored besides: TABLE_NO_TYPE (info) only; the LEVEL_UNKNOWN / MEASURES_BLANK issues above come
from the roster rows.

Not generalised in the stop that measured it (left for the next): holders by an account × role
roster under the list (``账号名称 | 运维管理员 | 内容编辑 | 终审人``, cells ``姓名（职务）``), each row
naming its account and role; a second table under the list that is not rows of it.

Generalised after this measurement: a list keyed by (item, role) with no holder column (`平台账号 | 涉及角色`) takes each row's holder from an item × role roster under or above it (`账号名称 | 运维管理员 | 内容编辑 | 终审人`) (`HOLDERS_BY_KEY_AND_ROLE`, a pair the roster lacks warned `KEY_ROLE_NOT_IN_ROSTER`; `tests/test_holders_by_key_and_role.py`). Read 1.00 since, --strict too.

(PYTEST_DONT_REWRITE: the suite's thousands of batch asserts are not rewritten; a
failing one names its line, and the Batch checks carry their own messages.)
"""

from published.batch654 import (
    ACCOUNTS,
    GRADES,
    HIGHS,
    LAYOUTS,
    RESAVED,
    RISKS,
    ROLES,
    ROMAN,
    ROWS,
    STARS,
    build,
)
from published.checks import Batch
from published.layouts import HML

LEVELS = {**HML, **GRADES, **ROMAN, **STARS, **RISKS, **HIGHS}
BATCH = Batch(654, LAYOUTS, build, levels=LEVELS)
BY_NAME = BATCH.by_name
HARDER = {"tumed_new_media_accounts_roles"}
TYPED = {
    "tumed_emergency_centre_posts",
    "tumed_content_centre_list",
    "tumed_security_support_register",
}
NOBODY = {"tumed_emergency_centre_posts"}


def test_batch654_is_apart_from_the_earlier_batches():
    BATCH.is_apart(
        count=(8, 9), harder=HARDER, sees=649, unit_words=("土默特左旗",), new_people=True
    )


def test_batch654_truth_is_self_consistent():
    BATCH.truth_is_self_consistent(nobody=NOBODY, points=(5, 14))
    assert RESAVED == ()


def test_batch654_levels_and_types():
    BATCH.levels_and_types(typed=TYPED, one_type=True)


def test_batch654_every_unit_is_of_tumed_left_banner():
    units = {f["unit"] for lay in LAYOUTS for f in lay["truth"]}
    assert len(units) == len(LAYOUTS) and all(u.startswith("土默特左旗") for u in units)


def test_batch654_account_role_roster_gives_the_holders():
    name = "tumed_new_media_accounts_roles"
    rows = BATCH.filled(name)
    table = BATCH.table(name)
    assert len(table) == len(ROWS)
    head = next(i for i, r in enumerate(rows) if r[0] == "账号名称")
    assert rows[head][2:5] == list(ROLES)
    roster = {r[0]: r[2:5] for r in rows[head + 1 : head + 1 + len(ACCOUNTS)]}
    assert list(roster) == list(ACCOUNTS)
    got, acct = [], None
    for row in table:
        acct = row[1] or acct
        cell = roster[acct][ROLES.index(row[2])]
        who, post = cell[:-1].split("（")
        got.append(("", post, who, row[3], HML[row[4]]))
    assert sorted(got) == sorted(BATCH.truth_rows(name))
    # one person holds roles on several accounts, and no row names its holder
    assert len(BY_NAME[name]["truth"]) < sum(len(p) for p in ACCOUNTS.values())
    people = {who for ps in ACCOUNTS.values() for who, _, _ in ps}
    assert not any(w in str(c) for row in table for c in row for w in people)


def test_batch654_is_read(tmp_path):
    BATCH.is_read(tmp_path)
