import { EventForm } from './EventForm';
import { PublishedDialog } from './PublishedDialog';
import { ShortcutSheet } from './ShortcutSheet';

/**
 * The dialogs a person opens (the event form, the publication date, the shortcut sheet): a chunk of their own,
 * loaded once the window is shown (renderer/dialogs.ts), so that the start chunk does not carry them, nor the
 * date tagger the publication dialog reads the article with.
 */
export function Dialogs() {
  return (
    <>
      <PublishedDialog />
      <EventForm />
      <ShortcutSheet />
    </>
  );
}
