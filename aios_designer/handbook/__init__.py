"""The operating handbook: what a team lead hands to the team before go-live, generated from
the model in the model's language (``content``), written as DOCX (``docx_writer``, headless)
or PDF (``aios_designer.gui.handbook_pdf``, Qt's PDF writer)."""
