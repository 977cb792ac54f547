// Unit tests read the app's words in English, as the app starts where the browser says nothing else.
import '../../src/i18n/t';
