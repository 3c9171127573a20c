// Volto's own razzle configuration, unchanged: the app is stock Volto.
module.exports = require('@plone/volto/razzle.config');
