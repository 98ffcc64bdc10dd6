/** How the cross-report messages name a file: `2025.txt，2025 年度`. */
/** The file name without its folders: the message is shown beside the file anyway. */
export const baseName = (path: string) => path.split(/[\\/]/).filter(Boolean).pop() ?? path;

/** `（a.txt，2024 年度）`, `（a.txt）` when the year is unknown, or empty without a name. */
export function fileLabel(name: string | undefined, year?: number): string {
  const parts = [name, year ? `${year} 年度` : undefined].filter(Boolean);
  return parts.length ? `（${parts.join('，')}）` : '';
}

