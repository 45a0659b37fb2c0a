/**
 * Progress of several files hashing at once, shown as one bar: the files still hashing by name (the first
 * two), bytes done of all. Once every file is hashed the last name stays up while the files are stored.
 */
export type HashingState = { label: string; done: number; total: number };

function namesOf(files: readonly File[]): string {
  const [first, second] = files.map((file) => file.name);
  if (files.length > 2) return `${first} and ${files.length - 1} more`;
  return second ? `${first} and ${second}` : (first ?? '');
}

export class HashingProgress {
  private readonly done = new Map<File, number>();
  private readonly total: number;

  constructor(
    private readonly files: readonly File[],
    private readonly show: (state: HashingState) => void,
  ) {
    this.total = files.reduce((sum, file) => sum + file.size, 0);
    this.render();
  }

  update(file: File, bytesDone: number): void {
    this.done.set(file, bytesDone);
    this.render();
  }

  finish(file: File): void {
    this.update(file, file.size);
  }

  private render(): void {
    if (this.files.length === 0) return;
    const left = this.files.filter((file) => (this.done.get(file) ?? 0) < file.size);
    const done = [...this.done.values()].reduce((sum, bytes) => sum + bytes, 0);
    this.show({ label: namesOf(left.length > 0 ? left : this.files.slice(-1)), done, total: this.total });
  }
}
