import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Player } from '../../../src/lib/figure/player.svelte';
import { ScreenPresence } from '../../../src/lib/figure/presence';

beforeEach(() => {
	vi.useFakeTimers();
});
afterEach(() => {
	vi.useRealTimers();
});

describe('ScreenPresence', () => {
	it('tells a watcher the current state at once, then each change, until it stops', () => {
		const presence = new ScreenPresence();
		const heard: boolean[] = [];
		const stop = presence.watch((onScreen) => heard.push(onScreen));
		presence.set(false);
		presence.set(false);
		presence.set(true);
		stop();
		presence.set(false);
		expect(heard).toEqual([true, false, true]);
		expect(presence.onScreen).toBe(false);
	});
});

describe('Player with a ScreenPresence', () => {
	it('count=9 interval=700: sleeps while off screen, wakes where it stopped', () => {
		const presence = new ScreenPresence();
		const player = new Player(9, { interval: 700, presence });
		player.play();
		vi.advanceTimersByTime(1400);
		expect(player.position).toBe(2);

		presence.set(false);
		vi.advanceTimersByTime(10_000);
		expect(player.position).toBe(2);
		expect(player.playing).toBe(true);

		presence.set(true);
		vi.advanceTimersByTime(700);
		expect(player.position).toBe(3);
		player.destroy();
	});

	it('count=9: a Player the reader paused stays paused when its figure comes back', () => {
		const presence = new ScreenPresence();
		const player = new Player(9, { interval: 700, presence });
		player.play();
		vi.advanceTimersByTime(700);
		player.pause();
		presence.set(false);
		presence.set(true);
		vi.advanceTimersByTime(5000);
		expect(player.position).toBe(1);
		expect(player.playing).toBe(false);
		player.destroy();
	});

	it('count=9: play and a speed change while off screen wait for the figure to return', () => {
		const presence = new ScreenPresence();
		presence.set(false);
		const player = new Player(9, { interval: 700, presence });
		player.play();
		player.setInterval(250);
		vi.advanceTimersByTime(5000);
		expect(player.position).toBe(0);
		presence.set(true);
		vi.advanceTimersByTime(500);
		expect(player.position).toBe(2);
		player.destroy();
	});

	it('count=9: once destroyed it no longer listens, and a later return starts nothing', () => {
		const presence = new ScreenPresence();
		const player = new Player(9, { interval: 700, presence });
		player.play();
		player.destroy();
		presence.set(false);
		presence.set(true);
		vi.advanceTimersByTime(5000);
		expect(player.position).toBe(0);
		expect(vi.getTimerCount()).toBe(0);
	});

	it('count=3 outside any component (no Lazy): always on screen, plays to the end and stops', () => {
		const player = new Player(3, { interval: 100 });
		player.play();
		vi.advanceTimersByTime(1000);
		expect(player.position).toBe(2);
		expect(player.playing).toBe(false);
		expect(vi.getTimerCount()).toBe(0);
	});
});
