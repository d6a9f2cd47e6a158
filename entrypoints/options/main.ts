/** The options page: corpora, sensitivity, quiet sites and saved highlights. */
import { renderCorpora, wireCorporaImport } from './corpora';
import { renderSettings, wireSettings } from './settings';
import { renderHighlightsPanel } from '../popup/highlights-panel';
import { say } from './dom';

wireCorporaImport();
wireSettings();
void renderCorpora();
void renderSettings();
void renderHighlightsPanel(document.getElementById('highlights-root')!, { say });
