"""Performance figures of AIOS Designer: ``python -m benchmarks [names...]`` (see README.md)."""

import os

# lxml comes with the test extras (BPMN schema validation); openpyxl would then use its lxml
# writer, which an installation of the program (without lxml) does not: measure that one.
os.environ.setdefault("OPENPYXL_LXML", "False")
