import mammoth from 'mammoth';
import { htmlBlocks } from './html';

// Word documents go through mammoth to simple HTML, then the same block reader as web pages.

export async function readDocx(buffer: Buffer): Promise<{ blocks: string[]; warnings: string[] }> {
  const result = await mammoth.convertToHtml({ buffer });
  return {
    blocks: htmlBlocks(result.value),
    warnings: result.messages.filter((m) => m.type === 'error').map((m) => m.message),
  };
}
