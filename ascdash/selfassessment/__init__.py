"""The council's CQC self-assessment: versions, per-statement sections, evidence and quotes registers.

It lives in ascdash because it composes cqc (themes, quality statements), metrics (indicator figures) and the
improvement plan (actions). A self-assessment is not mandatory, but councils keep one against CQC's nine
quality statements and send it with CQC's information return (LGA / Partners in Care and Health, "Adult social
care assurance: a guide to support the development of your adult social care self-assessment", March 2024;
CQC, "Local authority information return guidance").
"""
