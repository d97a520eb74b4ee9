import { mount } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import App from './App.vue';

describe('App placeholder', () => {
  it('names the product and where SCIM lives', () => {
    const wrapper = mount(App);
    expect(wrapper.get('h1').text()).toBe('scimdesk');
    expect(wrapper.text()).toContain('/scim/v2/<tenant>');
  });
});
