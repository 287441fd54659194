// Dragging a slice onto a folder (or onto the top level) moves it there. The slice travels as its id
// under a type of our own, so text or files dragged in from elsewhere are never taken for a slice.

export const sliceDragType = 'application/x-zeno-slice';

/** Puts a slice on a drag that starts at its row. */
export function startSliceDrag(event: DragEvent, sliceId: string): void {
  if (!event.dataTransfer) return;
  event.dataTransfer.setData(sliceDragType, sliceId);
  event.dataTransfer.effectAllowed = 'move';
}

/** Whether a drag over a drop target carries a slice (the id itself is only readable on drop). */
export function carriesSlice(event: DragEvent): boolean {
  return event.dataTransfer?.types.includes(sliceDragType) ?? false;
}

/** The dropped slice's id, or null when the drop carries something else. */
export function droppedSlice(event: DragEvent): string | null {
  const id = event.dataTransfer?.getData(sliceDragType);
  return id ? id : null;
}

/** The folder a slice should move to, or `undefined` when the drop changes nothing. */
export function moveTarget(current: string | null, target: string | null): string | null | undefined {
  return (current ?? null) === target ? undefined : target;
}
