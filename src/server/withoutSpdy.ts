import Module from 'node:module';
import path from 'node:path';

/**
 * restify's server module loads `spdy` (HTTP/2 over TLS) at its top, used only when `createServer` gets a `spdy`
 * option. spdy's http-deceiver then calls `process.binding('http_parser')`, which Node deprecates: every start
 * printed DEP0111. This bot never passes `spdy` (Teams talks HTTPS/1.1 to it behind App Service's front end), so
 * restify is given an empty module in spdy's place before it loads, rather than patching node_modules. Imported
 * first by the one module that imports restify.
 */
const restifyDir = path.dirname(require.resolve('restify/package.json'));
const spdyPath = require.resolve('spdy', { paths: [restifyDir] });
if (!require.cache[spdyPath]) {
    const placeholder = new Module(spdyPath);
    placeholder.filename = spdyPath;
    placeholder.loaded = true;
    placeholder.exports = {};
    require.cache[spdyPath] = placeholder;
}
