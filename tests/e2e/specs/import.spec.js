// Runs from watch files, end to end in the browser: the real DOMParser and
// DecompressionStream read the real files in tests/watch_files/ (manifest.json has their
// ground truth), the preview says what was found and skipped and why, and only "Add"
// saves. A Strava export zip is built here from those files.
import { test, expect, expectAccessible, untilControlled } from '../fixtures.js';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const FILES = path.resolve(here, '../../watch_files');
const file = (name) => path.join(FILES, name);
// Three weeks after the fenix 2's run of 15 August 2015, so it counts for the load guard.
const DAY = new Date('2015-08-20T08:00:00Z');

const importFiles = async (page, names) => {
  const details = page.locator('details.import');
  if (!(await details.evaluate((d) => d.open))) await page.getByText('Import runs from a watch or app').click();
  await page.getByLabel('Import files').setInputFiles(names.map(file));
  await expect(page.locator('.import-preview')).toBeVisible();
};

test('several watch files at once: previewed with reasons, then added as ordinary runs', async ({ page }) => {
  await page.clock.install({ time: DAY });
  await page.goto('/journal');
  // A typed run of 5 km two weeks before: the fenix's 9 km is a spike against it.
  await page.getByLabel('Date').fill('2015-08-01');
  await page.getByLabel('Distance (km)').fill('5');
  await page.getByLabel('Time (minutes)').fill('30');
  await page.getByRole('button', { name: 'Save the run' }).click();
  await importFiles(page, [
    'fit_run_fenix2_2015-08-15.fit',
    'tcx_run_fr410.tcx',
    'fit_bike_fenix5.fit',
    'fit_corrupt_truncated_eof.fit',
    'gpx_run_strava_route_no_times.gpx',
    'tcx_other_sup_vivoactive.tcx',
    'fit_monitoring_vivofit.fit',
  ]);
  const preview = page.locator('.import-preview');
  await expect(preview.getByRole('heading', { name: '2 new runs found' })).toBeVisible();
  const runs = preview.locator('.import-runs > li');
  await expect(runs).toHaveCount(2);
  // Oldest first; distances with two decimals; moving time h:mm:ss.
  await expect(runs.nth(0)).toContainText('4.69 km in 33:13');
  await expect(runs.nth(0)).toContainText('tcx_run_fr410.tcx (TCX file)');
  await expect(runs.nth(1)).toContainText('9.01 km in 47:12');
  await expect(runs.nth(1)).toContainText('FIT file');
  await expect(runs.nth(1).locator('.load-warning')).toContainText('longer than');
  await expect(preview).toContainText('1 of them would trip the load guard');
  const skipped = preview.locator('.import-skipped');
  await expect(skipped).toContainText('fit_bike_fenix5.fit: Not a run: cycling.');
  await expect(skipped).toContainText('fit_corrupt_truncated_eof.fit: The file is damaged');
  await expect(skipped).toContainText('gpx_run_strava_route_no_times.gpx: A planned route with no times');
  await expect(skipped).toContainText('tcx_other_sup_vivoactive.tcx: Not a run: another sport.');
  await expect(skipped).toContainText('fit_monitoring_vivofit.fit: Not a run: daily activity monitoring.');
  await expectAccessible(page, 'import preview');
  // Nothing is saved before "Add".
  const runKeys = () => page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('achilles.run.')));
  expect(await runKeys()).toHaveLength(1);
  await preview.getByRole('button', { name: 'Add 2 runs' }).click();
  await expect(page.getByText('Added 2 runs.')).toBeVisible();
  expect(await runKeys()).toHaveLength(3);
  const list = page.locator('.entry-list').last();
  await expect(list).toContainText('Sat 15 Aug 2015: 9.0 km in 47 min');
  await expect(list).toContainText('pain not noted · from a FIT file');
  // An ordinary run: the load guard of a new typed run counts it.
  await page.getByLabel('Date').fill('2015-08-19');
  await page.getByLabel('Distance (km)').fill('11');
  await expect(page.locator('.load-guard')).toContainText('9.0 km');
  // Importing the same files again adds nothing, and says so.
  await importFiles(page, ['fit_run_fenix2_2015-08-15.fit', 'tcx_run_fr410.tcx']);
  await expect(preview.getByRole('heading', { name: 'No new runs found' })).toBeVisible();
  await expect(preview).toContainText('Already in your log: 2');
  await expect(preview.getByRole('button', { name: /^Add/ })).toHaveCount(0);
});

/** A zip as Strava's bulk export writes it (deflated entries), from [name, bytes] pairs. */
function zip(files) {
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (buf) => (buf.reduce((c, b) => crcTable[(c ^ b) & 0xff] ^ (c >>> 8), 0xffffffff) ^ 0xffffffff) >>> 0;
  const locals = [];
  const central = [];
  let offset = 0;
  for (const [name, data] of files) {
    const packed = zlib.deflateRawSync(data);
    const fields = (h, at) => {
      h.writeUInt16LE(8, at); // deflate
      h.writeUInt32LE(crc(data), at + 6);
      h.writeUInt32LE(packed.length, at + 10);
      h.writeUInt32LE(data.length, at + 14);
      h.writeUInt16LE(Buffer.byteLength(name), at + 18);
    };
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    fields(local, 8);
    const head = Buffer.alloc(46);
    head.writeUInt32LE(0x02014b50, 0);
    head.writeUInt16LE(20, 4);
    head.writeUInt16LE(20, 6);
    fields(head, 10);
    head.writeUInt32LE(offset, 42);
    const entry = Buffer.concat([local, Buffer.from(name), packed]);
    locals.push(entry);
    central.push(Buffer.concat([head, Buffer.from(name)]));
    offset += entry.length;
  }
  const dir = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(files.length, 8);
  end.writeUInt16LE(files.length, 10);
  end.writeUInt32LE(dir.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, dir, end]);
}

test('a Strava export zip: its activities.csv, and an activity file it does not list', async ({ page }) => {
  await page.clock.install({ time: DAY });
  await page.goto('/journal');
  const csv = [
    'Activity ID,Activity Date,Activity Name,Activity Type,Elapsed Time,Distance,Filename,Elapsed Time,Moving Time,Distance',
    '1,"Aug 10, 2015, 6:30:00 AM",Easy,Run,3000,8.1,activities/1.fit.gz,3000.0,2950.0,8100.0',
    '2,"Aug 11, 2015, 5:00:00 PM","Ride, long",Ride,7200,50.2,activities/2.gpx,7200.0,7000.0,50200.0',
  ].join('\n');
  const buffer = zip([
    ['activities.csv', Buffer.from(csv)],
    // Listed in the csv: its row stands for it, so it is not read a second time.
    ['activities/1.fit.gz', zlib.gzipSync(readFileSync(file('fit_run_fr110_2013-02-06.fit')))],
    ['activities/9.fit.gz', zlib.gzipSync(readFileSync(file('fit_run_fenix2_2015-08-15.fit')))],
  ]);
  await page.getByText('Import runs from a watch or app').click();
  await page.getByLabel('Import files').setInputFiles({ name: 'export_12345.zip', mimeType: 'application/zip', buffer });
  const preview = page.locator('.import-preview');
  await expect(preview.getByRole('heading', { name: '2 new runs found' })).toBeVisible();
  await expect(preview.locator('.import-runs > li').nth(0)).toContainText('8.10 km in 49:10');
  await expect(preview.locator('.import-runs > li').nth(0)).toContainText('Strava export');
  await expect(preview.locator('.import-runs > li').nth(1)).toContainText('9.01 km');
  await expect(preview.locator('.import-skipped')).toContainText('activities/2.gpx: Not a run: cycling.');
  await preview.getByRole('button', { name: 'Add 2 runs' }).click();
  await expect(page.getByText('Added 2 runs.')).toBeVisible();
});

test("Garmin Connect's 'Export original' zip, and a zip with no activity in it, picked together", async ({ page }) => {
  await page.clock.install({ time: DAY });
  await page.goto('/journal');
  await page.getByText('Import runs from a watch or app').click();
  await page.getByLabel('Import files').setInputFiles([
    // Garmin Connect's export of one activity: a zip holding its .fit, no csv.
    { name: '19421578.zip', mimeType: 'application/zip', buffer: zip([['19421578_ACTIVITY.fit', readFileSync(file('fit_run_fenix2_2015-08-15.fit'))]]) },
    { name: 'photos.zip', mimeType: 'application/zip', buffer: zip([['track.jpg', Buffer.from('not a run')]]) },
  ]);
  const preview = page.locator('.import-preview');
  await expect(preview.getByRole('heading', { name: '1 new run found' })).toBeVisible();
  await expect(preview.locator('.import-runs > li')).toContainText('9.01 km in 47:12');
  await expect(preview.locator('.import-skipped')).toContainText('photos.zip: No activity found in the file.');
});

test('import works offline: a gzipped GPX, and files that are not runs get plain reasons', async ({ page, context }) => {
  await page.clock.install({ time: new Date('2026-11-23T07:30:00') });
  await page.goto('/journal');
  await untilControlled(page);
  await context.setOffline(true);
  await page.reload();
  await page.getByText('Import runs from a watch or app').click();
  const named = (name) => ({ name, mimeType: 'application/octet-stream', buffer: readFileSync(file(name)) });
  await page.getByLabel('Import files').setInputFiles([
    named('gpx_hike_gpsmap64s.gpx.gz'),
    named('fit_run_fenix5_short.fit'),
    { name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('hello') },
    { name: 'broken.gpx.gz', mimeType: 'application/gzip', buffer: Buffer.from('not gzip at all') },
  ]);
  const skipped = page.locator('.import-skipped');
  await expect(skipped).toContainText('fit_run_fenix5_short.fit: Too short to log as a run');
  await expect(skipped).toContainText('notes.txt: Not a file the app can read');
  await expect(skipped).toContainText('broken.gpx.gz: The file is damaged');
  // GPX states no sport, so the preview says so: this one was a long hike.
  const found = page.locator('.import-runs > li');
  await expect(found).toHaveCount(1);
  await expect(found).toContainText('18.21 km in 7:04:42');
  await expect(found).toContainText('the file does not say it was a run');
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.locator('.import-preview')).toHaveCount(0);
  const runKeys = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('achilles.run.')));
  expect(runKeys).toEqual([]);
});

test('files shared to the installed app (Web Share Target) open the import, offline, once', async ({ page, context }) => {
  await page.clock.install({ time: DAY });
  await page.goto('/');
  await untilControlled(page);
  // The manifest asks to receive watch files as a multipart POST, as Android sends a share.
  const manifestUrl = await page.locator('link[rel="manifest"]').evaluate((l) => l.href);
  const manifest = await (await page.request.get(manifestUrl)).json();
  const target = manifest.share_target;
  expect(target).toMatchObject({ method: 'POST', enctype: 'multipart/form-data' });
  expect(target.params.files).toHaveLength(1);
  for (const kind of ['.fit', '.gpx', '.tcx', '.gz', '.zip', '.csv']) expect(target.params.files[0].accept).toContain(kind);
  // At the track with no signal: the share is received by the service worker alone.
  await context.setOffline(true);
  const share = async (names) => {
    await page.evaluate(
      ({ action, field }) => {
        const form = document.createElement('form');
        form.method = 'POST';
        form.enctype = 'multipart/form-data';
        form.action = action;
        form.id = 'share';
        form.innerHTML = `<input type="file" multiple name="${field}">`;
        document.body.append(form);
      },
      { action: new URL(target.action, manifestUrl).href, field: target.params.files[0].name },
    );
    await page.locator('#share input').setInputFiles(names.map(file));
    await Promise.all([page.waitForURL(/\/journal$/), page.locator('#share').evaluate((f) => f.submit())]);
  };
  await share(['fit_run_fenix2_2015-08-15.fit', 'tcx_run_fr410.tcx', 'fit_bike_fenix5.fit']);
  // The run log opens with the import and its preview; the address loses its query.
  await expect(page.locator('details.import')).toHaveAttribute('open', '');
  const preview = page.locator('.import-preview');
  await expect(preview.getByRole('heading', { name: '2 new runs found' })).toBeVisible();
  await expect(preview.locator('.import-runs > li').nth(1)).toContainText('9.01 km in 47:12');
  await expect(preview.locator('.import-skipped')).toContainText('fit_bike_fenix5.fit: Not a run: cycling.');
  await expect(page).toHaveURL(/\/journal$/);
  await expectAccessible(page, 'shared files');
  await preview.getByRole('button', { name: 'Add 2 runs' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Added 2 runs.' })).toBeVisible();
  // The shared files were read once: a reload offers nothing again, and they left no copy.
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Runs', exact: true })).toBeVisible();
  await expect(page.locator('.import-preview')).toHaveCount(0);
  expect(await page.evaluate(() => caches.has('shared-files'))).toBe(false);
  const runKeys = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('achilles.run.')));
  expect(runKeys).toHaveLength(2);
  // A share that carried no file says so.
  await share([]);
  await expect(page.getByRole('status').filter({ hasText: 'No files came with the share.' })).toBeVisible();
});
