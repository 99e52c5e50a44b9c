import type { Handle } from '@sveltejs/kit';
import { m } from '$lib/paraglide/messages';
import { getTextDirection } from '$lib/paraglide/runtime';
import { paraglideMiddleware } from '$lib/paraglide/server';

// Prerendering runs this for every page: it sets the language for the render and writes it into
// <html lang> (app.html's %paraglide.lang%), so a French page is French to screen readers too, and
// gives the page the site's description in its language (%paraglide.description%), unless the page
// describes itself (a lesson its summary, the glossary): one description per page, the closer one.
export const handle: Handle = ({ event, resolve }) =>
	paraglideMiddleware(event.request, ({ request, locale }) => {
		event.request = request;
		return resolve(event, {
			transformPageChunk: ({ html }) => {
				const described = html.split('<meta name="description"').length > 2;
				return html
					.replace('%paraglide.lang%', locale)
					.replace('%paraglide.dir%', getTextDirection(locale))
					.replace(
						described ? SITE_DESCRIPTION : '%paraglide.description%',
						described ? '' : attribute(m.site_description({}, { locale }))
					);
			}
		});
	});

/** app.html's site-wide description, exactly as written there. */
const SITE_DESCRIPTION = '<meta name="description" content="%paraglide.description%" />';

/** Text made safe inside a double-quoted HTML attribute. */
function attribute(text: string): string {
	return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}
