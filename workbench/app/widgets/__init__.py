"""The review screen's widgets: article panes on the Line API, the inspector, the progress line."""
