/** The social images (`og/site.png`, `og/levels/<id>.png` …): PNG files written at build time. */
import type { APIRoute } from 'astro';
import { getSocialImages, renderSocialImage } from '../../data/social-images.ts';
import { SOCIAL_IMAGE_DIR } from '../../lib/social/share.ts';

export async function getStaticPaths() {
  return (await getSocialImages()).map((image) => ({ params: { image: image.path.slice(SOCIAL_IMAGE_DIR.length + 1) } }));
}

export const GET: APIRoute = async ({ params }) =>
  new Response(new Uint8Array(await renderSocialImage(`${SOCIAL_IMAGE_DIR}/${params.image}`)), { headers: { 'Content-Type': 'image/png' } });
