// Imports needed by the configuration must come before this line (Volto's convention).
import '@plone/volto/config';

// The only settings this app changes: Osallisuus is a trilingual site with Finnish first.
export default function applyConfig(config) {
  config.settings.isMultilingual = true;
  config.settings.supportedLanguages = ['fi', 'sv', 'en'];
  config.settings.defaultLanguage = 'fi';
  return config;
}
