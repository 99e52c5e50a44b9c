import type { Reroute } from '@sveltejs/kit';
import { deLocalizeUrl } from '$lib/paraglide/runtime';

// /fr/lessons/03-... is served by the same route as /lessons/03-...; the page reads the language.
export const reroute: Reroute = (request) => deLocalizeUrl(request.url).pathname;
