# Cohen's kappa from R psych for scripts/kappa-reference.py, which runs this script.
# Reads lines `id|weights|labels|a|b` (lists comma-separated) on standard input and writes
# `id weights kappa observed expected se` lines, numbers to 17 significant digits.
#   weights none:      psych's unweighted kappa, observed tr(agree), expected tr(rs %o% cs),
#                      and sqrt(var.kappa), its large-sample standard error
#   weights linear:    psych's weighted kappa with w = 1 - |i - j| / (k - 1)
#   weights quadratic: psych's weighted kappa with its default weights, 1 - (i - j)^2 / (k - 1)^2
# For weighted kappa `se` is NA: psych 2.2.9's var.weighted departs from Fleiss, Cohen & Everitt
# (1969) (it weights a column by the row shares), and statsmodels gives the reference there.
suppressPackageStartupMessages(library(psych))

ints <- function(text) as.integer(strsplit(text, ",", fixed = TRUE)[[1]])
num <- function(x) sprintf("%.17g", x)

for (line in readLines(file("stdin"))) {
  if (nchar(line) == 0) next
  f <- strsplit(line, "|", fixed = TRUE)[[1]]
  id <- f[1]; weights <- f[2]; labels <- ints(f[3]); a <- ints(f[4]); b <- ints(f[5])
  k <- length(labels)
  w <- NULL
  if (weights == "linear") w <- 1 - abs(outer(1:k, 1:k, "-")) / (k - 1)
  res <- suppressWarnings(suppressMessages(cohen.kappa(cbind(a, b), w = w, levels = labels)))
  agree <- res$agree
  chance <- rowSums(agree) %o% colSums(agree)
  if (weights == "none") {
    out <- c(res$kappa, sum(diag(agree)), sum(diag(chance)), sqrt(res$var.kappa))
  } else {
    out <- c(res$weighted.kappa, sum(res$weight * agree), sum(res$weight * chance), NA)
  }
  cat(id, weights, num(out[1]), num(out[2]), num(out[3]), num(out[4]), "\n")
}
