"""One module per workbook sheet, each with ``build(ctx, workbook)``; order in ``workbook.SHEETS``."""
