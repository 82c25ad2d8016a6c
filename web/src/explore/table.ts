// #/explore: the matching events as a table, newest first, paged.
import { eventTable } from '../views/event-rows.js';
import { pager } from '../views/pager.js';
import { currentRoute } from '../route.js';
import { exploreApi } from './explore-api.js';
import { viewHref } from './filter.js';
import { exploreView } from './layout.js';

const PAGE = 50;

export const exploreTable = exploreView('explore', 'Explore the record', async (slot, f, _summary, signal) => {
  const offset = Number(currentRoute().query.get('offset') ?? 0) || 0;
  const page = await exploreApi.events(f, { limit: PAGE, offset }, signal);
  slot.append(eventTable(page.items, 'No event matches this query.'),
    pager(page.total, PAGE, offset, (o) => viewHref('explore', f, { offset: o || undefined })));
});
