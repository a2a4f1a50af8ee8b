"""A ditto mark typed not as ``〃`` but as a look-alike an input method offers — the double prime
``″`` (U+2033), two of them, the quotation mark ``〞`` (U+301E), the modifier letters ``ʺ``
(U+02BA) and ``˝`` (U+02DD), the reversed ``‶`` — alone in a 科室, post, name or level cell
repeats the cell above, as ``〃`` does (info DITTO_LOOKALIKE, once a table, naming the first such
cell). Before, such a row was a holder NAMED ``″`` with the post ``″`` and its points lost to the
person above; a ``″`` level was LEVEL_UNKNOWN (batch1080's 街道办事处). Not that batch's words: a
税务分局's 一览表 ``股室 | 职务 | 责任人``, ``一级/二级/三级``, with ``″″`` and ``˝``; a 幼儿园's
清单 ``岗位 | 姓名`` with ``‶`` and ``〞`` and a ``″`` level; and the near-misses: ``〃`` read as before,
a ``″`` inside a point's words (``12″显示屏``) kept, a name with a mark after it kept.
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
            got.append((post.get("department"), post.get("title"), post.get("person"),
                        d["risk_point"], d["risk_level"]))  # fmt: skip
    return got, [(i.code, i.cell) for i in r.issues]


TAX = [
    ["某县税务局第二税务分局岗位廉政风险一览表", None, None, None, None, None, None],
    ["序号", "股室", "职务", "责任人", "廉政风险点", "风险等级", "防控措施"],
    [1, "分局领导", "局长", "仉督翀", "纳税评估结论个人说了算", "一级", "评估结论集体审议。"],
    [2, "″″", "″″", "″″", "减免税审批不按规定", "二级", "审批两级复核。"],
    [3, "纳税服务股", "股长", "夹谷湉", "发票领用核定不严", "二级", "核定结果系统留痕。"],
    [4, "˝", "˝", "˝", "窗口办税吃拿卡要", "三级", "窗口全程录像。"],
    [5, "征收管理股", "科员", "仉督沄", "欠税追缴不到位", "三级", "欠税按月通报。"],
]


def test_double_primes_in_the_holder_cells(tmp_path):
    path = write_workbook(tmp_path / "一览表.xlsx", {"一览表": TAX})
    got, issues = _read(path)
    assert sorted(got) == sorted([
        ("分局领导", "局长", "仉督翀", "纳税评估结论个人说了算", "Ⅰ级"),
        ("分局领导", "局长", "仉督翀", "减免税审批不按规定", "Ⅱ级"),
        ("纳税服务股", "股长", "夹谷湉", "发票领用核定不严", "Ⅱ级"),
        ("纳税服务股", "股长", "夹谷湉", "窗口办税吃拿卡要", "Ⅲ级"),
        ("征收管理股", "科员", "仉督沄", "欠税追缴不到位", "Ⅲ级"),
    ])  # fmt: skip
    codes = [c for c, _ in issues]
    assert codes.count("DITTO_LOOKALIKE") == 1 and ("DITTO_LOOKALIKE", "B4") in issues
    assert "LEVEL_UNKNOWN" not in codes


KINDER = [
    ["某镇中心幼儿园廉政风险防控清单", None, None, None, None],
    ["序号", "岗位", "姓名", "风险点", "风险等级"],
    [1, "园长", "闾丘霁", "幼儿伙食费收支不公开", "高"],
    [2, "‶", "‶", "保教设备采购指定商家", "‶"],
    [3, "保健医", "闾丘沐", "晨检记录弄虚作假", "中"],
    [4, "〞", "〞", "药品领用不登记", "低"],
]


def test_other_look_alikes_and_a_level(tmp_path):
    path = write_workbook(tmp_path / "清单.xlsx", {"清单": KINDER})
    got, issues = _read(path)
    assert [(t, p, pt, lv) for _d, t, p, pt, lv in got] == [
        ("园长", "闾丘霁", "幼儿伙食费收支不公开", "Ⅰ级"),
        ("园长", "闾丘霁", "保教设备采购指定商家", "Ⅰ级"),
        ("保健医", "闾丘沐", "晨检记录弄虚作假", "Ⅱ级"),
        ("保健医", "闾丘沐", "药品领用不登记", "Ⅲ级"),
    ]
    codes = [c for c, _ in issues]
    assert codes.count("DITTO_LOOKALIKE") == 1 and ("DITTO_LOOKALIKE", "B4") in issues
    assert "LEVEL_UNKNOWN" not in codes


NEAR = [
    ["某县教育体育局廉政风险防控清单", None, None, None, None],
    ["序号", "岗位", "姓名", "风险点", "风险等级"],
    [1, "装备股长", "闾丘霁", "采购12″显示屏指定品牌", "高"],
    [2, "〃", "〃", "验收不到场", "中"],
    [3, "会计", "闾丘沐", "票据审核不严", "中"],
]


def test_near_misses_read_as_before(tmp_path):
    path = write_workbook(tmp_path / "清单.xlsx", {"清单": NEAR})
    got, issues = _read(path)
    assert [(t, p, pt, lv) for _d, t, p, pt, lv in got] == [
        ("装备股长", "闾丘霁", "采购12″显示屏指定品牌", "Ⅰ级"),
        ("装备股长", "闾丘霁", "验收不到场", "Ⅱ级"),
        ("会计", "闾丘沐", "票据审核不严", "Ⅱ级"),
    ]
    assert "DITTO_LOOKALIKE" not in [c for c, _ in issues]
