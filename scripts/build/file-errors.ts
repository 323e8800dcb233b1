/** What a failed file operation means, in words a user can act on. */
const meanings: Record<string, string> = {
  EACCES: "permission denied",
  EPERM: "the operation is not permitted",
  EROFS: "the file system is read-only",
  ENOSPC: "no space left on the device",
  EDQUOT: "the disk quota is used up",
  ENOTDIR: "a part of the path is a file, not a folder",
  EISDIR: "a folder stands where a file was expected",
  ENOENT: "a folder on the way does not exist",
  EEXIST: "a file stands where a folder is needed",
  ENOTEMPTY: "the folder is not empty",
  EBUSY: "the folder is in use (a mount point, or open elsewhere)",
  EXDEV: "it lies on another file system",
  EIO: "the disk reported an input/output error",
};

/**
 * A failed file operation as a sentence: its meaning, its code and the path it concerned
 * ("no space left on the device (ENOSPC) at /var/www/report"). Node's own message names the path
 * too, but only as a system call's argument.
 */
export function fileSystemProblem(error: unknown): string {
  const { code, path, dest, message } = error as NodeJS.ErrnoException & { dest?: string };
  if (!code) return message ?? String(error);
  const where = path ? ` at ${path}${dest ? ` (to ${dest})` : ""}` : "";
  return `${meanings[code] ?? message} (${code})${where}`;
}
