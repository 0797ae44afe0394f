#!/bin/bash
# One crawl split over 16 SLURM array tasks: `--shard auto` takes the task's
# part from SLURM_ARRAY_TASK_ID, SLURM_ARRAY_TASK_MIN and SLURM_ARRAY_TASK_COUNT.
# Each task writes a complete CSV, parts/part-K.csv; read them as one table:
#   duckdb -c "SELECT modality_class, count(*) FROM read_csv('parts/*.csv') GROUP BY ALL"
#   sbatch examples/slurm-array.sh /mnt/pacs
#SBATCH --job-name=dicom-crawl
#SBATCH --array=0-15
#SBATCH --cpus-per-task=2
#SBATCH --mem=1G
#SBATCH --time=04:00:00
#SBATCH --output=parts/slurm-%A_%a.log
set -euo pipefail
root=${1:?usage: sbatch examples/slurm-array.sh ROOT [OUT_DIR]}
out=${2:-parts}
mkdir -p "$out"
# Run outside SLURM (SLURM_ARRAY_TASK_ID unset), the command stops with exit 2 and says why.
exec dicom-crawler --shard auto --all-files \
  --output "$out/part-${SLURM_ARRAY_TASK_ID:-x}.csv" \
  --stats "$out/part-${SLURM_ARRAY_TASK_ID:-x}.stats.json" \
  "$root"
