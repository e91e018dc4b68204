//! Evaluation against gold data: one module per stage, each reading a dataset in the format of
//! its origin and reporting the metric of that origin (precision, recall, F1 or accuracy) and
//! speed. Datasets are given by path and never copied into the project.
