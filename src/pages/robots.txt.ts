/** robots.txt: every page may be crawled; names the sitemap. */
import type { APIRoute } from 'astro';
import config from 'virtual:ladderbook/config';
import { robotsTxt } from '../lib/social/sitemap.ts';

export const GET: APIRoute = () => new Response(robotsTxt(config.site, config.base), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
