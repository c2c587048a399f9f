"""Exporters: GraphML, HTML, GEXF, CSV, JSON; :func:`write_outputs` writes a run's outputs together."""

from zhkg.export.outputs import write_outputs

__all__ = ["write_outputs"]
