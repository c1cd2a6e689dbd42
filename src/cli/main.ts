// Placeholder dispatcher; the full CLI lands with the foundation.
const [verb, ...rest] = process.argv.slice(2);
if (verb === 'link') {
  const { linkCommand } = await import('./commands/link.ts');
  process.exitCode = await linkCommand(rest);
} else {
  console.error(`haven: unknown command ${verb ?? ''}`);
  process.exitCode = 2;
}
