import type { Handle } from '@sveltejs/kit';
import { m } from '$lib/paraglide/messages';
import { getTextDirection } from '$lib/paraglide/runtime';
import { paraglideMiddleware } from '$lib/paraglide/server';

// Prerendering runs this for every page: it sets the language for the render and writes it into
// <html lang> (app.html's %paraglide.lang%), so a French page is French to screen readers too, and
// gives the page the site's description in its language (%paraglide.description%).
export const handle: Handle = ({ event, resolve }) =>
	paraglideMiddleware(event.request, ({ request, locale }) => {
		event.request = request;
		return resolve(event, {
			transformPageChunk: ({ html }) =>
				html
					.replace('%paraglide.lang%', locale)
					.replace('%paraglide.dir%', getTextDirection(locale))
					.replace('%paraglide.description%', attribute(m.site_description({}, { locale })))
		});
	});

/** Text made safe inside a double-quoted HTML attribute. */
function attribute(text: string): string {
	return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}
