"""RACI: steps × roles, one letter set per cell ("A/R"), with the Excel conventions of the
trade: drop-down on the cells, a check column with live COUNTIF formulas, violations
coloured by conditional formatting, frozen first row and column, and a legend.

Row 3 (hidden) holds the role ids and column A (hidden) the step ids, so that an edited
sheet can be matched back to the model (``raci_import``), whatever happened to the names.
Empty cells are not written at all: a single conditional-format rule draws their grid, which
keeps a 1,000 × 40 matrix as cheap as its letters (DESIGN §6).
"""
from openpyxl.formatting.rule import FormulaRule, Rule
from openpyxl.styles import Border, Font, PatternFill, Side
from openpyxl.styles.differential import DifferentialStyle
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation

from ..layout import HEADER_ROW, Formula, finish_sheet, fit_header_height, fit_row_heights, \
    fit_widths, write_header, write_title_block, write_value
from ..raci_cells import CELL_CHOICES, cell_text

#: Text in the hidden cell A3 that identifies a RACI sheet written by this program.
RACI_MARKER = "aios-designer:raci:v1"
#: Text in the hidden id row above the check column (where the role columns end).
CHECK_MARKER = "aios-designer:check"
ID_ROW = HEADER_ROW - 1
ID_COL, STEP_COL, LANE_COL, FIRST_ROLE_COL = 1, 2, 3, 4

_GRID = Side(style="thin", color="BFBFBF")
_BOX = Border(left=_GRID, right=_GRID, top=_GRID, bottom=_GRID)


def check_formula_template(ctx, first: str, last: str) -> str:
    """Live row check: exactly one A, at least one R; several R is a warning. ``{row}`` is
    filled in per row (the texts are looked up once, not per row)."""
    rng = f"${first}{{row}}:${last}{{row}}"
    a, r = f'COUNTIF({rng},"*A*")', f'COUNTIF({rng},"*R*")'

    def q(key):
        return '"' + ctx.t(key).replace('"', '""').replace("{", "{{").replace("}", "}}") + '"'

    return (f'=IF({a}=0,{q("raci.no_a")},IF({a}>1,{q("raci.several_a")},'
            f'IF({r}=0,{q("raci.no_r")},IF({r}>1,{q("raci.several_r")},{q("raci.ok")}))))')


def check_formula(ctx, first: str, last: str, row: int) -> str:
    return check_formula_template(ctx, first, last).format(row=row)


def _conditional_formats(ws, first: str, last: str, check: str, first_row: int, last_row: int):
    matrix = f"{first}{first_row}:{last}{last_row}"
    whole = f"{first}{first_row}:{check}{last_row}"
    rng = f"${first}{first_row}:${last}{first_row}"
    error = f'OR(COUNTIF({rng},"*A*")<>1,COUNTIF({rng},"*R*")=0)'
    warning = f'COUNTIF({rng},"*R*")>1'
    # Each rule carries the grid border too: LibreOffice applies only the first matching rule.
    ws.conditional_formatting.add(whole, FormulaRule(
        formula=[error], fill=PatternFill("solid", bgColor="FFC7CE"),
        font=Font(color="9C0006"), border=_BOX))
    ws.conditional_formatting.add(whole, FormulaRule(
        formula=[warning], fill=PatternFill("solid", bgColor="FFEB9C"),
        font=Font(color="9C5700"), border=_BOX))
    ws.conditional_formatting.add(matrix, Rule(type="expression", formula=["TRUE"],
                                               dxf=DifferentialStyle(border=_BOX)))


def _validation(ctx, ws, area: str) -> None:
    validation = DataValidation(
        type="list", formula1='"' + ",".join(CELL_CHOICES) + '"', allow_blank=True,
        errorStyle="warning", showErrorMessage=True, showInputMessage=True,
        errorTitle=ctx.t("raci.validation_title"), error=ctx.t("raci.validation_error"),
        promptTitle=ctx.t("raci.validation_title"), prompt=ctx.t("raci.validation_prompt"))
    validation.add(area)
    ws.add_data_validation(validation)


def build(ctx, workbook) -> None:
    ws = workbook.create_sheet(ctx.t("sheet.raci"))
    roles = ctx.model.roles
    raci_ids = {s.id for s in ctx.raci.rows}
    steps = [s for s in ctx.ordered_steps if s.id in raci_ids]
    grid = ctx.raci
    check_col = FIRST_ROLE_COL + len(roles)
    first_letter = get_column_letter(FIRST_ROLE_COL)
    last_letter = get_column_letter(max(check_col - 1, FIRST_ROLE_COL))
    check_letter = get_column_letter(check_col)

    write_title_block(ctx, ws, col=STEP_COL)  # column A is hidden
    write_value(ctx, ws, ID_ROW, ID_COL, RACI_MARKER, "AIOS Id")
    vertical = len(roles) > 6
    write_header(ctx, ws, [ctx.t("col.id"), ctx.t("col.step"), ctx.t("col.lane")])
    write_header(ctx, ws, [r.name for r in roles], first_col=FIRST_ROLE_COL,
                 style="AIOS Header Vertical" if vertical else "AIOS Header")
    write_header(ctx, ws, [ctx.t("col.check")], first_col=check_col)
    for offset, role in enumerate(roles):
        write_value(ctx, ws, ID_ROW, FIRST_ROLE_COL + offset, role.id, "AIOS Id")
    write_value(ctx, ws, ID_ROW, check_col, CHECK_MARKER, "AIOS Id")

    check = check_formula_template(ctx, first_letter, last_letter)
    role_ids = [r.id for r in roles]
    role_col = {role_id: FIRST_ROLE_COL + i for i, role_id in enumerate(role_ids)}
    name_width = lane_width = 10
    wrapped: dict[int, list[tuple[int, str]]] = {}
    row = HEADER_ROW
    for step in steps:
        row += 1
        write_value(ctx, ws, row, ID_COL, step.id, "AIOS Id")
        write_value(ctx, ws, row, STEP_COL, step.name, "AIOS Wrap")
        if len(step.name) > 45:
            wrapped[row] = [(STEP_COL, step.name)]
        lane = ctx.role_name(step.role_id)
        write_value(ctx, ws, row, LANE_COL, lane, "AIOS Text")
        name_width = max(name_width, len(step.name))
        lane_width = max(lane_width, len(lane))
        overridden = grid.overridden.get(step.id, ())
        for role_id, letters in grid.effective.get(step.id, {}).items():
            col = role_col.get(role_id)
            if col is None or not letters:
                continue
            write_value(ctx, ws, row, col, cell_text(letters),
                        "AIOS RACI Override" if role_id in overridden else "AIOS RACI Derived")
        if roles:
            write_value(ctx, ws, row, check_col, Formula(check.format(row=row)), "AIOS Check")
    last_row = row

    if roles and steps:
        _validation(ctx, ws, f"{first_letter}{HEADER_ROW + 1}:{last_letter}{last_row}")
        _conditional_formats(ws, first_letter, last_letter, check_letter, HEADER_ROW + 1, last_row)

    legend_row = last_row + 2
    if roles and steps:
        _column_check(ctx, ws, roles, HEADER_ROW + 1, last_row)
        legend_row = last_row + 5
    _legend(ctx, ws, legend_row)

    if roles and steps:  # the column-check labels below the table sit in the step column
        name_width = max(name_width, len(ctx.t("raci.column_letters")),
                         len(ctx.t("raci.column_a")))
    widths = {ID_COL: 8, STEP_COL: min(name_width, 45), LANE_COL: min(lane_width, 25),
              check_col: max(len(ctx.t(k)) for k in
                             ("col.check", "raci.no_a", "raci.several_a", "raci.several_r"))}
    for role in roles:
        widths[role_col[role.id]] = 4 if vertical else max(5, min(len(role.name), 14))
    fit_widths(ws, widths)
    fit_row_heights(ws, wrapped, widths)
    if not vertical:
        fit_header_height(ws, [r.name for r in roles], widths, first_col=FIRST_ROLE_COL)
    ws.column_dimensions[get_column_letter(ID_COL)].hidden = True
    ws.row_dimensions[ID_ROW].hidden = True
    if vertical:
        longest = max(len(r.name) for r in roles)
        ws.row_dimensions[HEADER_ROW].height = min(160, 7 * min(longest, 22) + 12)
    finish_sheet(ws, check_col, last_row, freeze_col=FIRST_ROLE_COL)
    ws.print_title_cols = f"{get_column_letter(STEP_COL)}:{get_column_letter(STEP_COL)}"


def _column_check(ctx, ws, roles, first_row: int, last_row: int) -> None:
    """Per role, live: how many steps it has letters on and how many it is accountable for
    (DOMAIN: a role without letters, or with A on most rows, is worth a second look)."""
    letters_row, a_row = last_row + 2, last_row + 3
    write_value(ctx, ws, letters_row, STEP_COL, ctx.t("raci.column_letters"), "AIOS Label")
    write_value(ctx, ws, a_row, STEP_COL, ctx.t("raci.column_a"), "AIOS Label")
    for offset in range(len(roles)):
        letter = get_column_letter(FIRST_ROLE_COL + offset)
        column = f"{letter}{first_row}:{letter}{last_row}"
        write_value(ctx, ws, letters_row, FIRST_ROLE_COL + offset,
                    Formula(f"=COUNTA({column})"), "AIOS Check")
        write_value(ctx, ws, a_row, FIRST_ROLE_COL + offset,
                    Formula(f'=COUNTIF({column},"*A*")'), "AIOS Check")
    first = get_column_letter(FIRST_ROLE_COL)
    last = get_column_letter(FIRST_ROLE_COL + len(roles) - 1)
    # A role nobody needs on any step: probably missing letters or a role too many.
    ws.conditional_formatting.add(f"{first}{letters_row}:{last}{letters_row}", FormulaRule(
        formula=[f"{first}{letters_row}=0"], fill=PatternFill("solid", bgColor="FFEB9C"),
        font=Font(color="9C5700")))


def _legend(ctx, ws, row: int) -> None:
    write_value(ctx, ws, row, STEP_COL, ctx.t("raci.legend"), "AIOS Label")
    for key in ("raci.R", "raci.A", "raci.C", "raci.I", "raci.combined", "raci.style",
                "raci.rules"):
        row += 1
        write_value(ctx, ws, row, STEP_COL, ctx.t(key), "AIOS Legend")
