"""Regenerate ``resaved/``: some layouts re-saved by LibreOffice as .xls and .ods.

    python tests/published/make_resaved.py                 # every batch
    python tests/published/make_resaved.py --set heldout   # only the held-out batch (heldout_*.xls)
    python tests/published/make_resaved.py --set batch3    # only the third batch (b3_*.xls, b3_*.ods)
    python tests/published/make_resaved.py --set batch4    # only the fourth batch (b4_*.xls, b4_*.ods)
    python tests/published/make_resaved.py --set batch5    # only the fifth batch (b5_*.xls, b5_*.ods)
    python tests/published/make_resaved.py --set batch6    # only the sixth batch (b6_*.xls, b6_*.ods)
    python tests/published/make_resaved.py --set batch11   # only the eleventh batch (b11_*.xls, b11_*.ods)
    python tests/published/make_resaved.py --set batch12   # only the twelfth batch (b12_*.xls, b12_*.ods)
    python tests/published/make_resaved.py --set batch13   # only the thirteenth batch (b13_*.xls, b13_*.ods)
    python tests/published/make_resaved.py --set batch17   # only the seventeenth batch (b17_*.xls, b17_*.ods)
    python tests/published/make_resaved.py --set batch18   # only the eighteenth batch (b18_*.xls, b18_*.ods)
    python tests/published/make_resaved.py --set batch19   # only the nineteenth batch (b19_*.xls, b19_*.ods)
    python tests/published/make_resaved.py --set batch20   # only the twentieth batch (b20_*.xls, b20_*.ods)
    python tests/published/make_resaved.py --set batch21   # only the twenty-first batch (b21_*.xls, b21_*.ods)
    python tests/published/make_resaved.py --set batch22   # only the twenty-second batch (b22_*.xls, b22_*.ods)
    python tests/published/make_resaved.py --set batch23   # only the twenty-third batch (b23_*.xls, b23_*.ods)
    python tests/published/make_resaved.py --set batch24   # only the twenty-fourth batch (b24_*.xls, b24_*.ods)
    python tests/published/make_resaved.py --set batch39   # only the thirty-ninth batch (b39_*.xls, b39_*.ods)
    python tests/published/make_resaved.py --set batch44   # only the forty-fourth batch (b44_*.xls, b44_*.ods)
    python tests/published/make_resaved.py --set batch48   # only the forty-eighth batch (b48_*.xls, b48_*.ods)
    python tests/published/make_resaved.py --set batch52   # only the fifty-second batch (b52_*.xls, b52_*.ods)
    python tests/published/make_resaved.py --set batch56   # only the fifty-sixth batch (b56_*.xls, b56_*.ods)
    python tests/published/make_resaved.py --set batch68   # only the sixty-eighth batch (b68_*.xls, b68_*.ods)
    python tests/published/make_resaved.py --set batch72   # only the seventy-second batch (b72_*.xls, b72_*.ods)
    python tests/published/make_resaved.py --set batch76   # only the seventy-sixth batch (b76_*.xls, b76_*.ods)
    python tests/published/make_resaved.py --set batch80   # only the eightieth batch (b80_*.xls, b80_*.ods)
    python tests/published/make_resaved.py --set batch84   # only the eighty-fourth batch (b84_*.xls, b84_*.ods)
    python tests/published/make_resaved.py --set batch88   # only the eighty-eighth batch (b88_*.xls, b88_*.ods)

Offices open what they receive in Excel, WPS or LibreOffice and save it in whatever format
the program offers; these copies carry LibreOffice's way of writing merges, blank cells
and numbers. Their truth is their source layout's (``layouts.build`` and ``heldout.build`` add it);
copies of the held-out batch are named ``heldout_<layout>.<ext>``, of the third batch
``b3_<layout>.<ext>`` (``batch3.build``), of the fourth ``b4_<layout>.<ext>`` (``batch4.build``,
written by ``batch4.write_xlsx`` for its hidden columns), of the fifth ``b5_<layout>.<ext>``
(``batch5.build``), of the sixth ``b6_<layout>.<ext>`` (``batch6.build``), of the eleventh
``b11_<layout>.<ext>`` (``batch11.build``), of the twelfth ``b12_<layout>.<ext>`` (``batch12.build``,
written by ``batch12.write_xlsx`` for its hidden columns and page breaks), of the thirteenth
``b13_<layout>.<ext>`` (``batch13.build``), of the seventeenth ``b17_<layout>.<ext>``
(``batch17.build``), of the eighteenth ``b18_<layout>.<ext>`` (``batch18.build``), of the
nineteenth ``b19_<layout>.<ext>`` (``batch19.build``), of the twentieth ``b20_<layout>.<ext>``
(``batch20.build``), of the twenty-first ``b21_<layout>.<ext>`` (``batch21.build``), of the
twenty-second ``b22_<layout>.<ext>`` (``batch22.build``), of the twenty-third
``b23_<layout>.<ext>`` (``batch23.build``), of the twenty-fourth ``b24_<layout>.<ext>``
(``batch24.build``), of the thirty-ninth ``b39_<layout>.<ext>`` (``batch39.build``, written by
``batch39.write_xlsx`` for its formulas, dates and drop-downs; each layout as .xls AND .ods), of the
forty-fourth ``b44_<layout>.<ext>`` (``batch44.build``, written by ``batch44.write_xlsx`` for its
dates and row heights; each layout as .xls AND .ods), of the forty-eighth ``b48_<layout>.<ext>``
(``batch48.build``, written by ``batch44.write_xlsx`` too; each layout as .xls AND .ods), of the
fifty-second ``b52_<layout>.<ext>`` (``batch52.build``, written by ``batch44.write_xlsx`` too; each
layout as .xls AND .ods), of the fifty-sixth ``b56_<layout>.<ext>`` (``batch56.build``, written by
``batch44.write_xlsx`` too; each layout as .xls AND .ods), of the sixty-eighth ``b68_<layout>.<ext>``
(``batch68.build``, written by ``batch44.write_xlsx`` too; each layout as .xls AND .ods), of the
seventy-second ``b72_<layout>.<ext>`` (``batch72.build``, written by ``batch44.write_xlsx`` too; each
layout as .xls AND .ods), of the seventy-sixth ``b76_<layout>.<ext>`` (``batch76.build``, written by
``batch44.write_xlsx`` too; each layout as .xls AND .ods), of the eightieth ``b80_<layout>.<ext>``
(``batch80.build``, written by ``batch44.write_xlsx`` too; each layout as .xls AND .ods), of the
eighty-fourth ``b84_<layout>.<ext>`` (``batch84.build``, written by ``batch44.write_xlsx`` too; each
layout as .xls AND .ods), of the eighty-eighth ``b88_<layout>.<ext>`` (``batch88.build``, written by
``batch44.write_xlsx`` too; each layout as .xls AND .ods).
Needs
``soffice`` (apt-get install libreoffice-calc-nogui fonts-noto-cjk).
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from published.batch3 import LAYOUTS as BATCH3  # noqa: E402
from published.batch3 import PREFIX as B3_PREFIX  # noqa: E402
from published.batch4 import LAYOUTS as BATCH4  # noqa: E402
from published.batch4 import PREFIX as B4_PREFIX  # noqa: E402
from published.batch4 import write_xlsx as write_batch4  # noqa: E402
from published.batch5 import LAYOUTS as BATCH5  # noqa: E402
from published.batch5 import PREFIX as B5_PREFIX  # noqa: E402
from published.batch6 import LAYOUTS as BATCH6  # noqa: E402
from published.batch6 import PREFIX as B6_PREFIX  # noqa: E402
from published.batch11 import LAYOUTS as BATCH11  # noqa: E402
from published.batch11 import PREFIX as B11_PREFIX  # noqa: E402
from published.batch12 import LAYOUTS as BATCH12  # noqa: E402
from published.batch12 import PREFIX as B12_PREFIX  # noqa: E402
from published.batch12 import write_xlsx as write_batch12  # noqa: E402
from published.batch13 import LAYOUTS as BATCH13  # noqa: E402
from published.batch13 import PREFIX as B13_PREFIX  # noqa: E402
from published.batch17 import LAYOUTS as BATCH17  # noqa: E402
from published.batch17 import PREFIX as B17_PREFIX  # noqa: E402
from published.batch18 import LAYOUTS as BATCH18  # noqa: E402
from published.batch18 import PREFIX as B18_PREFIX  # noqa: E402
from published.batch19 import LAYOUTS as BATCH19  # noqa: E402
from published.batch19 import PREFIX as B19_PREFIX  # noqa: E402
from published.batch20 import LAYOUTS as BATCH20  # noqa: E402
from published.batch20 import PREFIX as B20_PREFIX  # noqa: E402
from published.batch21 import LAYOUTS as BATCH21  # noqa: E402
from published.batch21 import PREFIX as B21_PREFIX  # noqa: E402
from published.batch22 import LAYOUTS as BATCH22  # noqa: E402
from published.batch22 import PREFIX as B22_PREFIX  # noqa: E402
from published.batch23 import LAYOUTS as BATCH23  # noqa: E402
from published.batch23 import PREFIX as B23_PREFIX  # noqa: E402
from published.batch24 import LAYOUTS as BATCH24  # noqa: E402
from published.batch24 import PREFIX as B24_PREFIX  # noqa: E402
from published.batch39 import LAYOUTS as BATCH39  # noqa: E402
from published.batch39 import PREFIX as B39_PREFIX  # noqa: E402
from published.batch39 import RESAVED as RESAVED_B39  # noqa: E402
from published.batch39 import write_xlsx as write_batch39  # noqa: E402
from published.batch44 import LAYOUTS as BATCH44  # noqa: E402
from published.batch44 import PREFIX as B44_PREFIX  # noqa: E402
from published.batch44 import RESAVED as RESAVED_B44  # noqa: E402
from published.batch44 import write_xlsx as write_batch44  # noqa: E402
from published.batch48 import LAYOUTS as BATCH48  # noqa: E402
from published.batch48 import PREFIX as B48_PREFIX  # noqa: E402
from published.batch48 import RESAVED as RESAVED_B48  # noqa: E402
from published.batch52 import LAYOUTS as BATCH52  # noqa: E402
from published.batch52 import PREFIX as B52_PREFIX  # noqa: E402
from published.batch52 import RESAVED as RESAVED_B52  # noqa: E402
from published.batch56 import LAYOUTS as BATCH56  # noqa: E402
from published.batch56 import PREFIX as B56_PREFIX  # noqa: E402
from published.batch56 import RESAVED as RESAVED_B56  # noqa: E402
from published.batch68 import LAYOUTS as BATCH68  # noqa: E402
from published.batch68 import PREFIX as B68_PREFIX  # noqa: E402
from published.batch68 import RESAVED as RESAVED_B68  # noqa: E402
from published.batch72 import LAYOUTS as BATCH72  # noqa: E402
from published.batch72 import PREFIX as B72_PREFIX  # noqa: E402
from published.batch72 import RESAVED as RESAVED_B72  # noqa: E402
from published.batch76 import LAYOUTS as BATCH76  # noqa: E402
from published.batch76 import PREFIX as B76_PREFIX  # noqa: E402
from published.batch76 import RESAVED as RESAVED_B76  # noqa: E402
from published.batch80 import LAYOUTS as BATCH80  # noqa: E402
from published.batch80 import PREFIX as B80_PREFIX  # noqa: E402
from published.batch80 import RESAVED as RESAVED_B80  # noqa: E402
from published.batch84 import LAYOUTS as BATCH84  # noqa: E402
from published.batch84 import PREFIX as B84_PREFIX  # noqa: E402
from published.batch84 import RESAVED as RESAVED_B84  # noqa: E402
from published.batch88 import LAYOUTS as BATCH88  # noqa: E402
from published.batch88 import PREFIX as B88_PREFIX  # noqa: E402
from published.batch88 import RESAVED as RESAVED_B88  # noqa: E402
from published.heldout import LAYOUTS as HELDOUT  # noqa: E402
from published.heldout import PREFIX  # noqa: E402
from published.layouts import LAYOUTS, RESAVED, write_xlsx  # noqa: E402

RESAVE = {
    "xls": ["bozhou_unit_list", "longyan_paged", "selfcheck_kezhang", "sucai_two_row_header"],
    "ods": ["hospital_register_wu", "tax_desc_split"],
}
RESAVE_HELDOUT = {
    "xls": ["filing_cards", "side_by_side_units"],
}
RESAVE_BATCH3 = {
    "xls": ["court_register_cards", "hospital_tick_levels"],
    "ods": ["edu_bureau_catalogue"],
}
RESAVE_BATCH4 = {
    "xls": ["hospital_holder_line", "tax_hidden_helpers"],
    "ods": ["transport_two_halves"],
}
RESAVE_BATCH5 = {
    "xls": ["county_build_gushi_yilan", "wnwk_gushi_sheets"],
    "ods": ["edu_selfcheck_sheets"],
}
RESAVE_BATCH6 = {
    "xls": ["village_micro_power"],
    "ods": ["soil_window_cards"],
}
RESAVE_BATCH11 = {
    "xls": ["cadre_keshi_in_tab"],
    "ods": ["college_internal_control_digits"],
}
RESAVE_BATCH12 = {
    "xls": ["power_hidden_columns"],
    "ods": ["finance_keshi_first_row"],
}
RESAVE_BATCH13 = {
    "xls": ["township_word_paste"],
    "ods": ["nongbao_keshi_tabs"],
}
RESAVE_BATCH17 = {
    "xls": ["jiaoyi_selfwarn_cards", "school_general_affairs"],
    "ods": ["changan_court_powers"],
}
RESAVE_BATCH18 = {
    "xls": ["hospital_keshi_heads"],
    "ods": ["kindergarten_selfcheck_sheets"],
}
RESAVE_BATCH19 = {
    "xls": ["civil_affairs_subtotals"],
    "ods": ["veterans_personal_sheets"],
}
RESAVE_BATCH20 = {
    "xls": ["traffic_wrapped_header"],
    "ods": ["leader_photo_cards"],
}
RESAVE_BATCH21 = {
    "xls": ["hospital_keshi_stars"],
    "ods": ["audit_personal_sheets"],
}
RESAVE_BATCH22 = {
    "xls": ["police_station_squads"],
    "ods": ["township_zhansuo"],
}
RESAVE_BATCH23 = {
    "xls": ["media_center_dept_list"],
    "ods": ["grain_depot_sheets"],
}
RESAVE_BATCH24 = {
    "xls": ["audit_leader_retyped"],
    "ods": ["zhijian_middle_own_types"],
}
RESAVE_BATCH39 = {"xls": list(RESAVED_B39), "ods": list(RESAVED_B39)}
RESAVE_BATCH44 = {"xls": list(RESAVED_B44), "ods": list(RESAVED_B44)}
RESAVE_BATCH48 = {"xls": list(RESAVED_B48), "ods": list(RESAVED_B48)}
RESAVE_BATCH52 = {"xls": list(RESAVED_B52), "ods": list(RESAVED_B52)}
RESAVE_BATCH56 = {"xls": list(RESAVED_B56), "ods": list(RESAVED_B56)}
RESAVE_BATCH68 = {"xls": list(RESAVED_B68), "ods": list(RESAVED_B68)}
RESAVE_BATCH72 = {"xls": list(RESAVED_B72), "ods": list(RESAVED_B72)}
RESAVE_BATCH76 = {"xls": list(RESAVED_B76), "ods": list(RESAVED_B76)}
RESAVE_BATCH80 = {"xls": list(RESAVED_B80), "ods": list(RESAVED_B80)}
RESAVE_BATCH84 = {"xls": list(RESAVED_B84), "ods": list(RESAVED_B84)}
RESAVE_BATCH88 = {"xls": list(RESAVED_B88), "ods": list(RESAVED_B88)}


def main(argv: list[str]) -> int:
    which = argv[argv.index("--set") + 1] if "--set" in argv[:-1] else "all"
    sets = ("all", "published", "heldout", "batch3", "batch4", "batch5", "batch6", "batch11",
            "batch12", "batch13", "batch17", "batch18", "batch19", "batch20", "batch21", "batch22",
            "batch23", "batch24", "batch39", "batch44", "batch48", "batch52", "batch56",
            "batch68", "batch72", "batch76", "batch80", "batch84", "batch88")  # fmt: skip
    if which not in sets:
        sys.exit(
            "--set takes all, published, heldout, batch3, batch4, batch5, batch6, batch11, batch12,"
            " batch13, batch17, batch18, batch19, batch20, batch21, batch22, batch23, batch24,"
            " batch39, batch44, batch48, batch52, batch56, batch68, batch72, batch76, batch80,"
            " batch84 or batch88"
        )
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if not soffice:
        sys.exit("soffice not found: apt-get install -y libreoffice-calc-nogui fonts-noto-cjk")
    jobs = []  # (layout, format, file stem[, writer])
    if which in ("all", "published"):
        by_name = {lay["name"]: lay for lay in LAYOUTS}
        jobs += [(by_name[n], fmt, n) for fmt, names in RESAVE.items() for n in names]
    if which in ("all", "heldout"):
        by_name = {lay["name"]: lay for lay in HELDOUT}
        jobs += [
            (by_name[n], fmt, PREFIX + n) for fmt, names in RESAVE_HELDOUT.items() for n in names
        ]
    if which in ("all", "batch3"):
        by_name = {lay["name"]: lay for lay in BATCH3}
        jobs += [
            (by_name[n], fmt, B3_PREFIX + n) for fmt, names in RESAVE_BATCH3.items() for n in names
        ]
    if which in ("all", "batch4"):
        by_name = {lay["name"]: lay for lay in BATCH4}
        jobs += [
            (by_name[n], fmt, B4_PREFIX + n, write_batch4)
            for fmt, names in RESAVE_BATCH4.items()
            for n in names
        ]
    if which in ("all", "batch5"):
        by_name = {lay["name"]: lay for lay in BATCH5}
        jobs += [
            (by_name[n], fmt, B5_PREFIX + n) for fmt, names in RESAVE_BATCH5.items() for n in names
        ]
    if which in ("all", "batch6"):
        by_name = {lay["name"]: lay for lay in BATCH6}
        jobs += [
            (by_name[n], fmt, B6_PREFIX + n) for fmt, names in RESAVE_BATCH6.items() for n in names
        ]
    if which in ("all", "batch11"):
        by_name = {lay["name"]: lay for lay in BATCH11}
        jobs += [
            (by_name[n], fmt, B11_PREFIX + n)
            for fmt, names in RESAVE_BATCH11.items()
            for n in names
        ]
    if which in ("all", "batch12"):
        by_name = {lay["name"]: lay for lay in BATCH12}
        jobs += [
            (by_name[n], fmt, B12_PREFIX + n, write_batch12)
            for fmt, names in RESAVE_BATCH12.items()
            for n in names
        ]
    if which in ("all", "batch13"):
        by_name = {lay["name"]: lay for lay in BATCH13}
        jobs += [
            (by_name[n], fmt, B13_PREFIX + n)
            for fmt, names in RESAVE_BATCH13.items()
            for n in names
        ]
    if which in ("all", "batch17"):
        by_name = {lay["name"]: lay for lay in BATCH17}
        jobs += [
            (by_name[n], fmt, B17_PREFIX + n)
            for fmt, names in RESAVE_BATCH17.items()
            for n in names
        ]
    if which in ("all", "batch18"):
        by_name = {lay["name"]: lay for lay in BATCH18}
        jobs += [
            (by_name[n], fmt, B18_PREFIX + n)
            for fmt, names in RESAVE_BATCH18.items()
            for n in names
        ]
    if which in ("all", "batch19"):
        by_name = {lay["name"]: lay for lay in BATCH19}
        jobs += [
            (by_name[n], fmt, B19_PREFIX + n)
            for fmt, names in RESAVE_BATCH19.items()
            for n in names
        ]
    if which in ("all", "batch20"):
        by_name = {lay["name"]: lay for lay in BATCH20}
        jobs += [
            (by_name[n], fmt, B20_PREFIX + n)
            for fmt, names in RESAVE_BATCH20.items()
            for n in names
        ]
    if which in ("all", "batch21"):
        by_name = {lay["name"]: lay for lay in BATCH21}
        jobs += [
            (by_name[n], fmt, B21_PREFIX + n)
            for fmt, names in RESAVE_BATCH21.items()
            for n in names
        ]
    if which in ("all", "batch22"):
        by_name = {lay["name"]: lay for lay in BATCH22}
        jobs += [
            (by_name[n], fmt, B22_PREFIX + n)
            for fmt, names in RESAVE_BATCH22.items()
            for n in names
        ]
    if which in ("all", "batch23"):
        by_name = {lay["name"]: lay for lay in BATCH23}
        jobs += [
            (by_name[n], fmt, B23_PREFIX + n)
            for fmt, names in RESAVE_BATCH23.items()
            for n in names
        ]
    if which in ("all", "batch24"):
        by_name = {lay["name"]: lay for lay in BATCH24}
        jobs += [
            (by_name[n], fmt, B24_PREFIX + n)
            for fmt, names in RESAVE_BATCH24.items()
            for n in names
        ]
    if which in ("all", "batch39"):
        by_name = {lay["name"]: lay for lay in BATCH39}
        jobs += [
            (by_name[n], fmt, B39_PREFIX + n, write_batch39)
            for fmt, names in RESAVE_BATCH39.items()
            for n in names
        ]
    if which in ("all", "batch44"):
        by_name = {lay["name"]: lay for lay in BATCH44}
        jobs += [
            (by_name[n], fmt, B44_PREFIX + n, write_batch44)
            for fmt, names in RESAVE_BATCH44.items()
            for n in names
        ]
    if which in ("all", "batch48"):
        by_name = {lay["name"]: lay for lay in BATCH48}
        jobs += [
            (by_name[n], fmt, B48_PREFIX + n, write_batch44)
            for fmt, names in RESAVE_BATCH48.items()
            for n in names
        ]
    if which in ("all", "batch52"):
        by_name = {lay["name"]: lay for lay in BATCH52}
        jobs += [
            (by_name[n], fmt, B52_PREFIX + n, write_batch44)
            for fmt, names in RESAVE_BATCH52.items()
            for n in names
        ]
    if which in ("all", "batch56"):
        by_name = {lay["name"]: lay for lay in BATCH56}
        jobs += [
            (by_name[n], fmt, B56_PREFIX + n, write_batch44)
            for fmt, names in RESAVE_BATCH56.items()
            for n in names
        ]
    if which in ("all", "batch68"):
        by_name = {lay["name"]: lay for lay in BATCH68}
        jobs += [
            (by_name[n], fmt, B68_PREFIX + n, write_batch44)
            for fmt, names in RESAVE_BATCH68.items()
            for n in names
        ]
    if which in ("all", "batch72"):
        by_name = {lay["name"]: lay for lay in BATCH72}
        jobs += [
            (by_name[n], fmt, B72_PREFIX + n, write_batch44)
            for fmt, names in RESAVE_BATCH72.items()
            for n in names
        ]
    if which in ("all", "batch76"):
        by_name = {lay["name"]: lay for lay in BATCH76}
        jobs += [
            (by_name[n], fmt, B76_PREFIX + n, write_batch44)
            for fmt, names in RESAVE_BATCH76.items()
            for n in names
        ]
    if which in ("all", "batch80"):
        by_name = {lay["name"]: lay for lay in BATCH80}
        jobs += [
            (by_name[n], fmt, B80_PREFIX + n, write_batch44)
            for fmt, names in RESAVE_BATCH80.items()
            for n in names
        ]
    if which in ("all", "batch84"):
        by_name = {lay["name"]: lay for lay in BATCH84}
        jobs += [
            (by_name[n], fmt, B84_PREFIX + n, write_batch44)
            for fmt, names in RESAVE_BATCH84.items()
            for n in names
        ]
    if which in ("all", "batch88"):
        by_name = {lay["name"]: lay for lay in BATCH88}
        jobs += [
            (by_name[n], fmt, B88_PREFIX + n, write_batch44)
            for fmt, names in RESAVE_BATCH88.items()
            for n in names
        ]
    RESAVED.mkdir(exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="resave-") as tmp:
        src_dir, profile = Path(tmp) / "src", Path(tmp) / "profile"
        src_dir.mkdir()
        for layout, fmt, stem, *writer in jobs:
            src = (writer[0] if writer else write_xlsx)(layout, src_dir / f"{stem}.xlsx")
            cmd = [soffice, f"-env:UserInstallation={profile.as_uri()}", "--headless",
                   "--convert-to", fmt, "--outdir", str(RESAVED), str(src)]  # fmt: skip
            subprocess.run(cmd, check=True, capture_output=True, timeout=180)
            print(RESAVED / f"{stem}.{fmt}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
