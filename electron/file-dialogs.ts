/** Native save/open dialogs, parented to the app window. Returns paths; they never reach the renderer. */
import { dialog, type BrowserWindow, type FileFilter } from 'electron';

function filtersFor(extensions: readonly string[]): FileFilter[] {
  if (extensions.length === 0) return [];
  // Dialog filters take the last part only ("age" for "airr.age"); main re-checks the full ending later.
  const last = extensions.map((extension) => extension.split('.').pop() ?? extension);
  return [{ name: extensions.map((extension) => `.${extension}`).join(', '), extensions: last }];
}

export async function askSavePath(
  window: BrowserWindow,
  suggestedName: string,
  extensions: readonly string[],
): Promise<string | null> {
  const result = await dialog.showSaveDialog(window, {
    defaultPath: suggestedName,
    filters: filtersFor(extensions),
    properties: ['createDirectory', 'showOverwriteConfirmation'],
  });
  return result.canceled || !result.filePath ? null : result.filePath;
}

export async function askOpenPaths(
  window: BrowserWindow,
  extensions: readonly string[],
  multiple: boolean,
): Promise<string[]> {
  const result = await dialog.showOpenDialog(window, {
    filters: filtersFor(extensions),
    properties: multiple ? ['openFile', 'multiSelections'] : ['openFile'],
  });
  return result.canceled ? [] : result.filePaths;
}

/** A folder for the automatic backup; null when cancelled. */
export async function askFolderPath(window: BrowserWindow): Promise<string | null> {
  const result = await dialog.showOpenDialog(window, {
    title: 'Choose the folder for automatic backups',
    properties: ['openDirectory', 'createDirectory'],
  });
  return result.canceled ? null : (result.filePaths[0] ?? null);
}
