/** The options page: corpora, sensitivity, quiet sites and saved highlights. */
import { renderCorpora, wireCorporaImport } from './corpora';
import { renderSettings, wireSettings } from './settings';

wireCorporaImport();
wireSettings();
void renderCorpora();
void renderSettings();
