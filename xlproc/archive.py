"""The consolidated archive workbook (廉政风险信息档案) and its public version (公示版).

Written with xlsxwriter: strings never become formulas or links, document dates are fixed,
rows are sorted, so the same inputs give the same bytes.
"""

from __future__ import annotations

from pathlib import Path

import xlsxwriter

from xlproc.atomic import atomic_path, fixed_timestamp
from xlproc.collect import CollectResult

RISK_HEAD = {
    "form_id": "表号", "unit": "单位", "department": "科室", "person": "姓名", "title": "职务", "tier": "岗位层级",
    "section": "部分", "duty": "岗位职责/分管工作", "workflow": "工作流程", "risk_point": "风险点",
    "risk_type": "风险类型", "risk_level": "风险级别", "measures": "防控措施", "raw_risk_type": "原填风险类型",
    "raw_risk_level": "原填风险级别", "source_file": "来源文件", "source_sheet": "工作表", "source_row": "行号",
}  # fmt: skip
POST_HEAD = {
    "form_id": "表号", "unit": "单位", "department": "科室", "person": "姓名", "title": "职务", "tier": "岗位层级",
    "declared_grade": "填报等级", "computed_grade": "评定等级", "grade_reason": "评定依据", "score": "风险分值",
    "n_level_1": "Ⅰ级", "n_level_2": "Ⅱ级", "n_level_3": "Ⅲ级", "n_risks": "风险点数", "reviewed": "审查意见",
    "source_file": "来源文件", "source_sheet": "工作表",
}  # fmt: skip
ISSUE_HEAD = {
    "severity": "级别", "code": "代码", "source_file": "文件", "source_sheet": "工作表", "cell": "单元格",
    "field": "项目", "value": "填写内容", "message": "说明",
}  # fmt: skip
SUB_HEAD = {
    "department": "科室",
    "person": "姓名",
    "tier": "岗位层级",
    "status": "报送状态",
    "source_file": "来源文件",
}
STATUS_ZH = {
    "submitted": "已报送",
    "missing": "未报送",
    "duplicate": "重复报送",
    "not_in_roster": "花名册外",
}
SEVERITY_ZH = {"error": "错误", "warning": "警告", "info": "提示"}

FONT = "宋体"


def _workbook(path: Path) -> xlsxwriter.Workbook:
    wb = xlsxwriter.Workbook(
        str(path),
        {
            "strings_to_formulas": False,
            "strings_to_urls": False,
            "strings_to_numbers": False,
            "constant_memory": False,
        },
    )
    wb.set_properties(
        {"created": fixed_timestamp(), "author": "xlproc", "title": "廉政风险信息档案"}
    )
    return wb


def _table_sheet(
    wb, name: str, df, head: dict[str, str], widths: dict[str, float], title: str
) -> None:
    """A print-ready table: title row, header row repeated on every page, filters, frozen header."""
    ws = wb.add_worksheet(name)
    base = {"font_name": FONT, "font_size": 10, "valign": "top", "text_wrap": True, "border": 1}
    f_head = wb.add_format(
        {**base, "bold": True, "bg_color": "#DDEBF7", "align": "center", "valign": "vcenter"}
    )
    f_cell = wb.add_format(base)
    f_title = wb.add_format({"font_name": FONT, "font_size": 14, "bold": True})
    cols = list(head)
    ws.write_string(0, 0, title, f_title)
    for c, key in enumerate(cols):
        ws.write_string(1, c, head[key], f_head)
        ws.set_column(c, c, widths.get(key, 12))
    for r, row in enumerate(df[cols].itertuples(index=False), start=2):
        for c, v in enumerate(row):
            if isinstance(v, int | float) and not isinstance(v, bool) and v == v:
                ws.write_number(r, c, v, f_cell)
            else:
                ws.write_string(r, c, "" if v is None or v != v else str(v), f_cell)
    last = max(1, len(df) + 1)
    ws.autofilter(1, 0, last, len(cols) - 1)
    ws.freeze_panes(2, 0)
    ws.repeat_rows(1)
    ws.set_paper(9)
    ws.set_landscape()
    ws.fit_to_pages(1, 0)
    ws.set_footer("&C第 &P 页，共 &N 页")
    ws.set_margins(left=0.4, right=0.4, top=0.5, bottom=0.6)


def write_archive(result: CollectResult, path: str | Path) -> None:
    """The archive leadership reads: post register, risk detail, issues, submissions."""
    risks = result.risks.sort_values(["unit", "department", "form_id", "source_row"], kind="stable")
    posts = result.posts.sort_values(["unit", "department", "form_id"], kind="stable")
    issues = result.issues.assign(severity=result.issues["severity"].map(SEVERITY_ZH))
    with atomic_path(path) as tmp:
        wb = _workbook(tmp)
        _table_sheet(wb, "岗位档案", posts, POST_HEAD, {"grade_reason": 26, "source_file": 30, "person": 9},
                     "岗位廉政风险档案")  # fmt: skip
        _table_sheet(wb, "风险点明细", risks, RISK_HEAD, {"risk_point": 30, "measures": 30, "duty": 20,
                     "source_file": 30, "workflow": 16}, "风险点明细")  # fmt: skip
        _table_sheet(
            wb, "问题清单", issues, ISSUE_HEAD, {"message": 60, "source_file": 30}, "问题清单"
        )
        if result.submissions is not None:
            subs = result.submissions.assign(status=result.submissions["status"].map(STATUS_ZH))
            _table_sheet(wb, "报送情况", subs, SUB_HEAD, {"source_file": 40}, "报送情况")
        wb.close()


PUBLIC_HEAD = {
    "unit": "单位", "department": "科室", "title": "岗位", "tier": "岗位层级", "computed_grade": "岗位风险等级",
    "risk_point": "风险点", "risk_type": "风险类型", "risk_level": "风险级别", "measures": "防控措施",
}  # fmt: skip


def write_public(result: CollectResult, path: str | Path) -> None:
    """The 公示 version: by post (科室 and 职务), no names, no review opinions."""
    grades = result.posts.set_index("form_id")["computed_grade"]
    risks = result.risks.assign(computed_grade=result.risks["form_id"].map(grades))
    risks = risks.sort_values(
        ["unit", "department", "tier", "title", "form_id", "source_row"], kind="stable"
    )
    with atomic_path(path) as tmp:
        wb = _workbook(tmp)
        _table_sheet(wb, "岗位廉政风险公示", risks, PUBLIC_HEAD, {"risk_point": 34, "measures": 34, "title": 14},
                     "岗位廉政风险公示")  # fmt: skip
        wb.close()
