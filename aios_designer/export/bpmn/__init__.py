"""BPMN 2.0 export and import (no Qt): hand the workflow to the team that implements it in a
BPMN engine, and bring in a process designed in another BPMN tool."""
