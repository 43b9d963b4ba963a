!function(){"use strict";function e(e,t,i,o){var s,r=arguments.length,n=r<3?t:null===o?o=Object.getOwnPropertyDescriptor(t,i):o;if("object"==typeof Reflect&&"function"==typeof Reflect.decorate)n=Reflect.decorate(e,t,i,o);else for(var a=e.length-1;a>=0;a--)(s=e[a])&&(n=(r<3?s(n):r>3?s(t,i,n):s(t,i))||n);return r>3&&n&&Object.defineProperty(t,i,n),n}"function"==typeof SuppressedError&&SuppressedError;const t=globalThis,i=t.ShadowRoot&&(void 0===t.ShadyCSS||t.ShadyCSS.nativeShadow)&&"adoptedStyleSheets"in Document.prototype&&"replace"in CSSStyleSheet.prototype,o=Symbol(),s=new WeakMap;let r=class{constructor(e,t,i){if(this._$cssResult$=!0,i!==o)throw Error("CSSResult is not constructable. Use `unsafeCSS` or `css` instead.");this.cssText=e,this.t=t}get styleSheet(){let e=this.o;const t=this.t;if(i&&void 0===e){const i=void 0!==t&&1===t.length;i&&(e=s.get(t)),void 0===e&&((this.o=e=new CSSStyleSheet).replaceSync(this.cssText),i&&s.set(t,e))}return e}toString(){return this.cssText}};const n=i?e=>e:e=>e instanceof CSSStyleSheet?(e=>{let t="";for(const i of e.cssRules)t+=i.cssText;return(e=>new r("string"==typeof e?e:e+"",void 0,o))(t)})(e):e,{is:a,defineProperty:c,getOwnPropertyDescriptor:l,getOwnPropertyNames:d,getOwnPropertySymbols:h,getPrototypeOf:p}=Object,u=globalThis,g=u.trustedTypes,y=g?g.emptyScript:"",f=u.reactiveElementPolyfillSupport,m=(e,t)=>e,v={toAttribute(e,t){switch(t){case Boolean:e=e?y:null;break;case Object:case Array:e=null==e?e:JSON.stringify(e)}return e},fromAttribute(e,t){let i=e;switch(t){case Boolean:i=null!==e;break;case Number:i=null===e?null:Number(e);break;case Object:case Array:try{i=JSON.parse(e)}catch(e){i=null}}return i}},$=(e,t)=>!a(e,t),b={attribute:!0,type:String,converter:v,reflect:!1,useDefault:!1,hasChanged:$};Symbol.metadata??=Symbol("metadata"),u.litPropertyMetadata??=new WeakMap;let k=class extends HTMLElement{static addInitializer(e){this._$Ei(),(this.l??=[]).push(e)}static get observedAttributes(){return this.finalize(),this._$Eh&&[...this._$Eh.keys()]}static createProperty(e,t=b){if(t.state&&(t.attribute=!1),this._$Ei(),this.prototype.hasOwnProperty(e)&&((t=Object.create(t)).wrapped=!0),this.elementProperties.set(e,t),!t.noAccessor){const i=Symbol(),o=this.getPropertyDescriptor(e,i,t);void 0!==o&&c(this.prototype,e,o)}}static getPropertyDescriptor(e,t,i){const{get:o,set:s}=l(this.prototype,e)??{get(){return this[t]},set(e){this[t]=e}};return{get:o,set(t){const r=o?.call(this);s?.call(this,t),this.requestUpdate(e,r,i)},configurable:!0,enumerable:!0}}static getPropertyOptions(e){return this.elementProperties.get(e)??b}static _$Ei(){if(this.hasOwnProperty(m("elementProperties")))return;const e=p(this);e.finalize(),void 0!==e.l&&(this.l=[...e.l]),this.elementProperties=new Map(e.elementProperties)}static finalize(){if(this.hasOwnProperty(m("finalized")))return;if(this.finalized=!0,this._$Ei(),this.hasOwnProperty(m("properties"))){const e=this.properties,t=[...d(e),...h(e)];for(const i of t)this.createProperty(i,e[i])}const e=this[Symbol.metadata];if(null!==e){const t=litPropertyMetadata.get(e);if(void 0!==t)for(const[e,i]of t)this.elementProperties.set(e,i)}this._$Eh=new Map;for(const[e,t]of this.elementProperties){const i=this._$Eu(e,t);void 0!==i&&this._$Eh.set(i,e)}this.elementStyles=this.finalizeStyles(this.styles)}static finalizeStyles(e){const t=[];if(Array.isArray(e)){const i=new Set(e.flat(1/0).reverse());for(const e of i)t.unshift(n(e))}else void 0!==e&&t.push(n(e));return t}static _$Eu(e,t){const i=t.attribute;return!1===i?void 0:"string"==typeof i?i:"string"==typeof e?e.toLowerCase():void 0}constructor(){super(),this._$Ep=void 0,this.isUpdatePending=!1,this.hasUpdated=!1,this._$Em=null,this._$Ev()}_$Ev(){this._$ES=new Promise(e=>this.enableUpdating=e),this._$AL=new Map,this._$E_(),this.requestUpdate(),this.constructor.l?.forEach(e=>e(this))}addController(e){(this._$EO??=new Set).add(e),void 0!==this.renderRoot&&this.isConnected&&e.hostConnected?.()}removeController(e){this._$EO?.delete(e)}_$E_(){const e=new Map,t=this.constructor.elementProperties;for(const i of t.keys())this.hasOwnProperty(i)&&(e.set(i,this[i]),delete this[i]);e.size>0&&(this._$Ep=e)}createRenderRoot(){const e=this.shadowRoot??this.attachShadow(this.constructor.shadowRootOptions);return((e,o)=>{if(i)e.adoptedStyleSheets=o.map(e=>e instanceof CSSStyleSheet?e:e.styleSheet);else for(const i of o){const o=document.createElement("style"),s=t.litNonce;void 0!==s&&o.setAttribute("nonce",s),o.textContent=i.cssText,e.appendChild(o)}})(e,this.constructor.elementStyles),e}connectedCallback(){this.renderRoot??=this.createRenderRoot(),this.enableUpdating(!0),this._$EO?.forEach(e=>e.hostConnected?.())}enableUpdating(e){}disconnectedCallback(){this._$EO?.forEach(e=>e.hostDisconnected?.())}attributeChangedCallback(e,t,i){this._$AK(e,i)}_$ET(e,t){const i=this.constructor.elementProperties.get(e),o=this.constructor._$Eu(e,i);if(void 0!==o&&!0===i.reflect){const s=(void 0!==i.converter?.toAttribute?i.converter:v).toAttribute(t,i.type);this._$Em=e,null==s?this.removeAttribute(o):this.setAttribute(o,s),this._$Em=null}}_$AK(e,t){const i=this.constructor,o=i._$Eh.get(e);if(void 0!==o&&this._$Em!==o){const e=i.getPropertyOptions(o),s="function"==typeof e.converter?{fromAttribute:e.converter}:void 0!==e.converter?.fromAttribute?e.converter:v;this._$Em=o;const r=s.fromAttribute(t,e.type);this[o]=r??this._$Ej?.get(o)??r,this._$Em=null}}requestUpdate(e,t,i,o=!1,s){if(void 0!==e){const r=this.constructor;if(!1===o&&(s=this[e]),i??=r.getPropertyOptions(e),!((i.hasChanged??$)(s,t)||i.useDefault&&i.reflect&&s===this._$Ej?.get(e)&&!this.hasAttribute(r._$Eu(e,i))))return;this.C(e,t,i)}!1===this.isUpdatePending&&(this._$ES=this._$EP())}C(e,t,{useDefault:i,reflect:o,wrapped:s},r){i&&!(this._$Ej??=new Map).has(e)&&(this._$Ej.set(e,r??t??this[e]),!0!==s||void 0!==r)||(this._$AL.has(e)||(this.hasUpdated||i||(t=void 0),this._$AL.set(e,t)),!0===o&&this._$Em!==e&&(this._$Eq??=new Set).add(e))}async _$EP(){this.isUpdatePending=!0;try{await this._$ES}catch(e){Promise.reject(e)}const e=this.scheduleUpdate();return null!=e&&await e,!this.isUpdatePending}scheduleUpdate(){return this.performUpdate()}performUpdate(){if(!this.isUpdatePending)return;if(!this.hasUpdated){if(this.renderRoot??=this.createRenderRoot(),this._$Ep){for(const[e,t]of this._$Ep)this[e]=t;this._$Ep=void 0}const e=this.constructor.elementProperties;if(e.size>0)for(const[t,i]of e){const{wrapped:e}=i,o=this[t];!0!==e||this._$AL.has(t)||void 0===o||this.C(t,void 0,i,o)}}let e=!1;const t=this._$AL;try{e=this.shouldUpdate(t),e?(this.willUpdate(t),this._$EO?.forEach(e=>e.hostUpdate?.()),this.update(t)):this._$EM()}catch(t){throw e=!1,this._$EM(),t}e&&this._$AE(t)}willUpdate(e){}_$AE(e){this._$EO?.forEach(e=>e.hostUpdated?.()),this.hasUpdated||(this.hasUpdated=!0,this.firstUpdated(e)),this.updated(e)}_$EM(){this._$AL=new Map,this.isUpdatePending=!1}get updateComplete(){return this.getUpdateComplete()}getUpdateComplete(){return this._$ES}shouldUpdate(e){return!0}update(e){this._$Eq&&=this._$Eq.forEach(e=>this._$ET(e,this[e])),this._$EM()}updated(e){}firstUpdated(e){}};k.elementStyles=[],k.shadowRootOptions={mode:"open"},k[m("elementProperties")]=new Map,k[m("finalized")]=new Map,f?.({ReactiveElement:k}),(u.reactiveElementVersions??=[]).push("2.1.2");const _=globalThis,w=e=>e,A=_.trustedTypes,x=A?A.createPolicy("lit-html",{createHTML:e=>e}):void 0,S="$lit$",C=`lit$${Math.random().toFixed(9).slice(2)}$`,E="?"+C,T=`<${E}>`,P=document,O=()=>P.createComment(""),N=e=>null===e||"object"!=typeof e&&"function"!=typeof e,R=Array.isArray,U="[ \t\n\f\r]",M=/<(?:(!--|\/[^a-zA-Z])|(\/?[a-zA-Z][^>\s]*)|(\/?$))/g,j=/-->/g,D=/>/g,L=RegExp(`>|${U}(?:([^\\s"'>=/]+)(${U}*=${U}*(?:[^ \t\n\f\r"'\`<>=]|("|')|))|$)`,"g"),q=/'/g,z=/"/g,H=/^(?:script|style|textarea|title)$/i,I=(e,...t)=>({_$litType$:1,strings:e,values:t}),B=Symbol.for("lit-noChange"),F=Symbol.for("lit-nothing"),W=new WeakMap,V=P.createTreeWalker(P,129);function K(e,t){if(!R(e)||!e.hasOwnProperty("raw"))throw Error("invalid template strings array");return void 0!==x?x.createHTML(t):t}const J=(e,t)=>{const i=e.length-1,o=[];let s,r=2===t?"<svg>":3===t?"<math>":"",n=M;for(let t=0;t<i;t++){const i=e[t];let a,c,l=-1,d=0;for(;d<i.length&&(n.lastIndex=d,c=n.exec(i),null!==c);)d=n.lastIndex,n===M?"!--"===c[1]?n=j:void 0!==c[1]?n=D:void 0!==c[2]?(H.test(c[2])&&(s=RegExp("</"+c[2],"g")),n=L):void 0!==c[3]&&(n=L):n===L?">"===c[0]?(n=s??M,l=-1):void 0===c[1]?l=-2:(l=n.lastIndex-c[2].length,a=c[1],n=void 0===c[3]?L:'"'===c[3]?z:q):n===z||n===q?n=L:n===j||n===D?n=M:(n=L,s=void 0);const h=n===L&&e[t+1].startsWith("/>")?" ":"";r+=n===M?i+T:l>=0?(o.push(a),i.slice(0,l)+S+i.slice(l)+C+h):i+C+(-2===l?t:h)}return[K(e,r+(e[i]||"<?>")+(2===t?"</svg>":3===t?"</math>":"")),o]};class Y{constructor({strings:e,_$litType$:t},i){let o;this.parts=[];let s=0,r=0;const n=e.length-1,a=this.parts,[c,l]=J(e,t);if(this.el=Y.createElement(c,i),V.currentNode=this.el.content,2===t||3===t){const e=this.el.content.firstChild;e.replaceWith(...e.childNodes)}for(;null!==(o=V.nextNode())&&a.length<n;){if(1===o.nodeType){if(o.hasAttributes())for(const e of o.getAttributeNames())if(e.endsWith(S)){const t=l[r++],i=o.getAttribute(e).split(C),n=/([.?@])?(.*)/.exec(t);a.push({type:1,index:s,name:n[2],strings:i,ctor:"."===n[1]?ee:"?"===n[1]?te:"@"===n[1]?ie:X}),o.removeAttribute(e)}else e.startsWith(C)&&(a.push({type:6,index:s}),o.removeAttribute(e));if(H.test(o.tagName)){const e=o.textContent.split(C),t=e.length-1;if(t>0){o.textContent=A?A.emptyScript:"";for(let i=0;i<t;i++)o.append(e[i],O()),V.nextNode(),a.push({type:2,index:++s});o.append(e[t],O())}}}else if(8===o.nodeType)if(o.data===E)a.push({type:2,index:s});else{let e=-1;for(;-1!==(e=o.data.indexOf(C,e+1));)a.push({type:7,index:s}),e+=C.length-1}s++}}static createElement(e,t){const i=P.createElement("template");return i.innerHTML=e,i}}function G(e,t,i=e,o){if(t===B)return t;let s=void 0!==o?i._$Co?.[o]:i._$Cl;const r=N(t)?void 0:t._$litDirective$;return s?.constructor!==r&&(s?._$AO?.(!1),void 0===r?s=void 0:(s=new r(e),s._$AT(e,i,o)),void 0!==o?(i._$Co??=[])[o]=s:i._$Cl=s),void 0!==s&&(t=G(e,s._$AS(e,t.values),s,o)),t}class Z{constructor(e,t){this._$AV=[],this._$AN=void 0,this._$AD=e,this._$AM=t}get parentNode(){return this._$AM.parentNode}get _$AU(){return this._$AM._$AU}u(e){const{el:{content:t},parts:i}=this._$AD,o=(e?.creationScope??P).importNode(t,!0);V.currentNode=o;let s=V.nextNode(),r=0,n=0,a=i[0];for(;void 0!==a;){if(r===a.index){let t;2===a.type?t=new Q(s,s.nextSibling,this,e):1===a.type?t=new a.ctor(s,a.name,a.strings,this,e):6===a.type&&(t=new oe(s,this,e)),this._$AV.push(t),a=i[++n]}r!==a?.index&&(s=V.nextNode(),r++)}return V.currentNode=P,o}p(e){let t=0;for(const i of this._$AV)void 0!==i&&(void 0!==i.strings?(i._$AI(e,i,t),t+=i.strings.length-2):i._$AI(e[t])),t++}}class Q{get _$AU(){return this._$AM?._$AU??this._$Cv}constructor(e,t,i,o){this.type=2,this._$AH=F,this._$AN=void 0,this._$AA=e,this._$AB=t,this._$AM=i,this.options=o,this._$Cv=o?.isConnected??!0}get parentNode(){let e=this._$AA.parentNode;const t=this._$AM;return void 0!==t&&11===e?.nodeType&&(e=t.parentNode),e}get startNode(){return this._$AA}get endNode(){return this._$AB}_$AI(e,t=this){e=G(this,e,t),N(e)?e===F||null==e||""===e?(this._$AH!==F&&this._$AR(),this._$AH=F):e!==this._$AH&&e!==B&&this._(e):void 0!==e._$litType$?this.$(e):void 0!==e.nodeType?this.T(e):(e=>R(e)||"function"==typeof e?.[Symbol.iterator])(e)?this.k(e):this._(e)}O(e){return this._$AA.parentNode.insertBefore(e,this._$AB)}T(e){this._$AH!==e&&(this._$AR(),this._$AH=this.O(e))}_(e){this._$AH!==F&&N(this._$AH)?this._$AA.nextSibling.data=e:this.T(P.createTextNode(e)),this._$AH=e}$(e){const{values:t,_$litType$:i}=e,o="number"==typeof i?this._$AC(e):(void 0===i.el&&(i.el=Y.createElement(K(i.h,i.h[0]),this.options)),i);if(this._$AH?._$AD===o)this._$AH.p(t);else{const e=new Z(o,this),i=e.u(this.options);e.p(t),this.T(i),this._$AH=e}}_$AC(e){let t=W.get(e.strings);return void 0===t&&W.set(e.strings,t=new Y(e)),t}k(e){R(this._$AH)||(this._$AH=[],this._$AR());const t=this._$AH;let i,o=0;for(const s of e)o===t.length?t.push(i=new Q(this.O(O()),this.O(O()),this,this.options)):i=t[o],i._$AI(s),o++;o<t.length&&(this._$AR(i&&i._$AB.nextSibling,o),t.length=o)}_$AR(e=this._$AA.nextSibling,t){for(this._$AP?.(!1,!0,t);e!==this._$AB;){const t=w(e).nextSibling;w(e).remove(),e=t}}setConnected(e){void 0===this._$AM&&(this._$Cv=e,this._$AP?.(e))}}class X{get tagName(){return this.element.tagName}get _$AU(){return this._$AM._$AU}constructor(e,t,i,o,s){this.type=1,this._$AH=F,this._$AN=void 0,this.element=e,this.name=t,this._$AM=o,this.options=s,i.length>2||""!==i[0]||""!==i[1]?(this._$AH=Array(i.length-1).fill(new String),this.strings=i):this._$AH=F}_$AI(e,t=this,i,o){const s=this.strings;let r=!1;if(void 0===s)e=G(this,e,t,0),r=!N(e)||e!==this._$AH&&e!==B,r&&(this._$AH=e);else{const o=e;let n,a;for(e=s[0],n=0;n<s.length-1;n++)a=G(this,o[i+n],t,n),a===B&&(a=this._$AH[n]),r||=!N(a)||a!==this._$AH[n],a===F?e=F:e!==F&&(e+=(a??"")+s[n+1]),this._$AH[n]=a}r&&!o&&this.j(e)}j(e){e===F?this.element.removeAttribute(this.name):this.element.setAttribute(this.name,e??"")}}class ee extends X{constructor(){super(...arguments),this.type=3}j(e){this.element[this.name]=e===F?void 0:e}}class te extends X{constructor(){super(...arguments),this.type=4}j(e){this.element.toggleAttribute(this.name,!!e&&e!==F)}}class ie extends X{constructor(e,t,i,o,s){super(e,t,i,o,s),this.type=5}_$AI(e,t=this){if((e=G(this,e,t,0)??F)===B)return;const i=this._$AH,o=e===F&&i!==F||e.capture!==i.capture||e.once!==i.once||e.passive!==i.passive,s=e!==F&&(i===F||o);o&&this.element.removeEventListener(this.name,this,i),s&&this.element.addEventListener(this.name,this,e),this._$AH=e}handleEvent(e){"function"==typeof this._$AH?this._$AH.call(this.options?.host??this.element,e):this._$AH.handleEvent(e)}}class oe{constructor(e,t,i){this.element=e,this.type=6,this._$AN=void 0,this._$AM=t,this.options=i}get _$AU(){return this._$AM._$AU}_$AI(e){G(this,e)}}const se=_.litHtmlPolyfillSupport;se?.(Y,Q),(_.litHtmlVersions??=[]).push("3.3.3");const re=globalThis;class ne extends k{constructor(){super(...arguments),this.renderOptions={host:this},this._$Do=void 0}createRenderRoot(){const e=super.createRenderRoot();return this.renderOptions.renderBefore??=e.firstChild,e}update(e){const t=this.render();this.hasUpdated||(this.renderOptions.isConnected=this.isConnected),super.update(e),this._$Do=((e,t,i)=>{const o=i?.renderBefore??t;let s=o._$litPart$;if(void 0===s){const e=i?.renderBefore??null;o._$litPart$=s=new Q(t.insertBefore(O(),e),e,void 0,i??{})}return s._$AI(e),s})(t,this.renderRoot,this.renderOptions)}connectedCallback(){super.connectedCallback(),this._$Do?.setConnected(!0)}disconnectedCallback(){super.disconnectedCallback(),this._$Do?.setConnected(!1)}render(){return B}}ne._$litElement$=!0,ne.finalized=!0,re.litElementHydrateSupport?.({LitElement:ne});const ae=re.litElementPolyfillSupport;ae?.({LitElement:ne}),(re.litElementVersions??=[]).push("4.2.2");const ce={attribute:!0,type:String,converter:v,reflect:!1,hasChanged:$},le=(e=ce,t,i)=>{const{kind:o,metadata:s}=i;let r=globalThis.litPropertyMetadata.get(s);if(void 0===r&&globalThis.litPropertyMetadata.set(s,r=new Map),"setter"===o&&((e=Object.create(e)).wrapped=!0),r.set(i.name,e),"accessor"===o){const{name:o}=i;return{set(i){const s=t.get.call(this);t.set.call(this,i),this.requestUpdate(o,s,e,!0,i)},init(t){return void 0!==t&&this.C(o,void 0,e,t),t}}}if("setter"===o){const{name:o}=i;return function(i){const s=this[o];t.call(this,i),this.requestUpdate(o,s,e,!0,i)}}throw Error("Unsupported decorator location: "+o)};function de(e){return(t,i)=>"object"==typeof i?le(e,t,i):((e,t,i)=>{const o=t.hasOwnProperty(i);return t.constructor.createProperty(i,e),o?Object.getOwnPropertyDescriptor(t,i):void 0})(e,t,i)}function he(e){return de({...e,state:!0,attribute:!1})}function pe(e,t=document){try{for(const i of t.cookie.split(";")){const t=i.indexOf("=");if(t>0&&i.slice(0,t).trim()===e)return JSON.parse(decodeURIComponent(i.slice(t+1).trim()))}}catch{}return null}const ue=((e,...t)=>{const i=1===e.length?e[0]:t.reduce((t,i,o)=>t+(e=>{if(!0===e._$cssResult$)return e.cssText;if("number"==typeof e)return e;throw Error("Value passed to 'css' function must be a 'css' function result: "+e+". Use 'unsafeCSS' to pass non-literal values, but take care to ensure page security.")})(i)+e[o+1],e[0]);return new r(i,e,o)})`
  :host {
    --_fg: var(--cookie-policy-color, #1b1b1f);
    --_bg: var(--cookie-policy-background, #fff);
    --_accent: var(--cookie-policy-accent, #0b57d0);
    --_on-accent: var(--cookie-policy-accent-text, #fff);
    --_border: var(--cookie-policy-border, #6b6b73);
    --_focus: var(--cookie-policy-focus, #0b57d0);
    --_radius: var(--cookie-policy-radius, 6px);
    --_gap: var(--cookie-policy-spacing, 1rem);
    display: block;
    font: var(--cookie-policy-font, inherit);
    line-height: 1.5;
  }
  @media (prefers-color-scheme: dark) {
    :host {
      --_fg: var(--cookie-policy-color, #e8e8ec);
      --_bg: var(--cookie-policy-background, #1f2023);
      --_accent: var(--cookie-policy-accent, #a8c7fa);
      --_on-accent: var(--cookie-policy-accent-text, #05285e);
      --_border: var(--cookie-policy-border, #9a9aa3);
      --_focus: var(--cookie-policy-focus, #a8c7fa);
    }
  }
  :host([hidden]) {
    display: none;
  }
  * {
    box-sizing: border-box;
  }
  h2,
  h3,
  h4,
  p {
    margin: 0 0 calc(var(--_gap) / 2);
  }
  .banner,
  .dialog,
  [part='reopen'] {
    color: var(--_fg);
    background: var(--_bg);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    font: inherit;
  }
  .banner {
    position: fixed;
    z-index: var(--cookie-policy-z-index, 2147483000);
    inset: auto var(--_gap) var(--_gap);
    max-width: 44rem;
    max-height: 70vh;
    overflow: auto;
    margin: 0 auto;
    padding: var(--_gap);
    box-shadow: 0 4px 24px #0004;
  }
  /* Last in <body>: sticky in the flow, so scrolling to the end uncovers the page's last lines. */
  :host([data-docked]) {
    position: sticky;
    bottom: 0;
    z-index: var(--cookie-policy-z-index, 2147483000);
  }
  :host([data-docked]) .banner {
    position: static;
    margin: var(--_gap) auto;
  }
  .banner h2,
  .dialog h2 {
    font-size: 1.15rem;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_gap) / 2);
    margin-top: var(--_gap);
  }
  button {
    font: inherit;
    cursor: pointer;
    min-height: 2.75rem;
    padding: 0.5rem 1rem;
    border-radius: var(--_radius);
    border: 2px solid var(--_accent);
    color: var(--_on-accent);
    background: var(--_accent);
  }
  .actions button {
    flex: 1 1 10rem;
  }
  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  a {
    color: inherit;
  }
  [part='reopen'] {
    position: fixed;
    z-index: var(--cookie-policy-z-index, 2147483000);
    left: var(--_gap);
    bottom: var(--_gap);
    min-height: 2.75rem;
    font-size: 0.875rem;
    color: var(--_fg);
    background: var(--_bg);
    border-color: var(--_border);
  }
  .dialog {
    width: min(40rem, calc(100vw - 2 * var(--_gap)));
    max-height: calc(100vh - 2 * var(--_gap));
    padding: var(--_gap);
  }
  .dialog::backdrop {
    background: #000a;
  }
  .head {
    display: flex;
    justify-content: space-between;
    align-items: start;
    gap: var(--_gap);
  }
  .close {
    min-width: 2.75rem;
    padding: 0;
    font-size: 1.5rem;
    line-height: 1;
    color: var(--_fg);
    background: transparent;
    border-color: var(--_border);
  }
  .category {
    margin: var(--_gap) 0;
  }
  .switch {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0 0.5rem;
    font-weight: 600;
  }
  .switch input {
    width: 1.5rem;
    height: 1.5rem;
    margin: 0;
    accent-color: var(--_accent);
  }
  .note {
    font-weight: 400;
    font-size: 0.875em;
  }
  .note::before {
    content: '(';
  }
  .note::after {
    content: ')';
  }
  .scroll {
    overflow-x: auto;
  }
  table {
    width: 100%;
    border-collapse: collapse;
    margin-bottom: var(--_gap);
  }
  caption {
    text-align: start;
    font-weight: 600;
    padding-bottom: 0.25rem;
  }
  th,
  td {
    text-align: start;
    vertical-align: top;
    padding: 0.4rem 0.5rem;
    border: 1px solid var(--cookie-policy-table-border, currentColor);
  }
  code {
    font-family: var(--cookie-policy-code-font, ui-monospace, monospace);
    overflow-wrap: anywhere;
  }
  [part='error'] {
    padding: 0.5rem var(--_gap);
    border-inline-start: 4px solid #b3261e;
  }
  @media (prefers-reduced-motion: no-preference) {
    .banner {
      animation: rise 0.2s ease-out;
    }
    @keyframes rise {
      from {
        transform: translateY(1rem);
        opacity: 0;
      }
    }
  }
`,ge=864e5,ye=e=>"[object Object]"===Object.prototype.toString.call(e);function fe(e,t,i,o,s){const r={};for(const i of e)r[i.id]=!!i.required||!0===t[i.id];return{id:s,revision:i,categories:r,decidedAt:new Date(o).toISOString()}}function me(e,t,i){const o=t.find(e=>e.id===i);return!(!o||!o.required&&!0!==e?.categories[i])}function ve(e=crypto){if(e.randomUUID)return e.randomUUID();const t=e.getRandomValues(new Uint8Array(16));return t[6]=15&t[6]|64,t[8]=63&t[8]|128,Array.from(t,e=>(256|e).toString(16).slice(1)).join("").replace(/(.{8})(.{4})(.{4})(.{4})/,"$1-$2-$3-$4-")}function $e(e){if(!e.includes(".")||/^[\d.]+$|:/.test(e))return e?[e]:[];const t=e.split(".");return t.slice(0,-1).map((e,i)=>t.slice(i).join("."))}function be(e,t){return[...new Set(e.filter(e=>t.some(t=>t.endsWith("*")?e.startsWith(t.slice(0,-1)):e===t)))]}function ke(e){return e.hasAttribute("data-cookie-policy-activated")?"activated":"script"===e.localName?"text/plain"===(e.getAttribute("type")??"").trim().toLowerCase()?"waiting":"ungated":"iframe"===e.localName&&e.hasAttribute("data-src")&&!e.hasAttribute("src")?"waiting":"ungated"}function _e(e){return e.getAttribute("src")??e.getAttribute("data-src")}function we({state:e,granted:t,known:i}){return i?"ungated"===e?'runs without consent: use type="text/plain" or data-src':"waiting"===e&&t?"granted but not activated yet":"activated"!==e||t?"":"ran before consent was withdrawn":"unknown category: never runs"}const Ae={policyTitle:"Cookie policy",policyIntro:"{site} uses cookies so that the platform works properly and, if you agree, to measure how it is used.",whatTitle:"What is a cookie?",whatText:"A cookie is a small piece of named data that a website asks your browser to keep for a while and to send back on your next visits. Cookies can keep you signed in, remember your language or your choices, or follow your browsing for statistics or advertising.",kindsTitle:"Kinds of cookies",kindNecessary:"Necessary cookies keep the site working between pages and visits: sign-in, language, security, your cookie choices. They need no consent.",kindStatistics:"Statistics cookies measure how visitors use the site. They are set only if you allow them, unless the data is fully anonymised.",kindFirstParty:"First-party cookies are set by the site you visit. Beyond the necessary ones, they can collect personal data or follow your behaviour.",kindThirdParty:"Third-party cookies are set by another company through the site you visit, often to learn which pages you saw and to profile you.",cookiesTitle:"Cookies used on {site}",tableCaption:"{category}: the cookies",colProvider:"Service provider's name",colFunction:"Function and location",colNames:"Cookie name(s)",colPurpose:"Purposes",colDuration:"Duration",colParty:"Party",partyFirst:"First party",partyThird:"Third party",providerPolicy:"Privacy policy of {provider}",noCookies:"No cookie is declared in this category.",bannerTitle:"Cookies on {site}",bannerText:"We use necessary cookies to run this site. With your consent we would also like to measure its use. You can accept, refuse or choose by category, and change your mind at any time.",policyLink:"Read the cookie policy",acceptAll:"Accept all",rejectAll:"Reject all",customize:"Customise",save:"Save my choices",close:"Close",preferencesTitle:"Cookie settings",preferencesText:"Choose which cookies this site may use. Necessary cookies are always on.",alwaysOn:"Always on",reopen:"Cookie settings",decisionTitle:"Your choice",decisionNone:"You have not made a choice yet.",decisionDate:"Decided on",decisionId:"Choice identifier",decisionSaved:"Your choice has been saved.",withdraw:"Withdraw my consent",allowed:"Allowed",refused:"Refused",errorTitle:"The cookie policy could not be loaded",loading:"Loading the cookie policy…"},xe={en:Ae,fr:{policyTitle:"Politique relative aux cookies",policyIntro:"{site} utilise des cookies pour que la plateforme fonctionne correctement et, si vous l’acceptez, pour mesurer son utilisation.",whatTitle:"Qu’est-ce qu’un cookie ?",whatText:"Un cookie est une petite donnée nommée qu’un site demande à votre navigateur de conserver quelque temps et de lui renvoyer lors de vos visites suivantes. Les cookies peuvent garder votre session ouverte, retenir votre langue ou vos choix, ou suivre votre navigation à des fins de statistiques ou de publicité.",kindsTitle:"Les types de cookies",kindNecessary:"Les cookies nécessaires font fonctionner le site d’une page et d’une visite à l’autre : connexion, langue, sécurité, vos choix en matière de cookies. Ils ne demandent pas de consentement.",kindStatistics:"Les cookies de statistiques mesurent l’utilisation du site. Ils ne sont déposés qu’avec votre accord, sauf si les données sont entièrement anonymisées.",kindFirstParty:"Les cookies internes sont déposés par le site visité. Au-delà des cookies nécessaires, ils peuvent collecter des données personnelles ou suivre votre comportement.",kindThirdParty:"Les cookies tiers sont déposés par une autre entreprise via le site visité, souvent pour savoir quelles pages vous avez vues et établir votre profil.",cookiesTitle:"Cookies utilisés sur {site}",tableCaption:"{category} : les cookies",colProvider:"Nom du prestataire",colFunction:"Fonction et emplacement",colNames:"Nom(s) du cookie",colPurpose:"Finalités",colDuration:"Durée",colParty:"Origine",partyFirst:"Interne",partyThird:"Tiers",providerPolicy:"Politique de confidentialité de {provider}",noCookies:"Aucun cookie n’est déclaré dans cette catégorie.",bannerTitle:"Cookies sur {site}",bannerText:"Nous utilisons des cookies nécessaires au fonctionnement du site. Avec votre accord, nous souhaitons aussi mesurer son utilisation. Vous pouvez accepter, refuser ou choisir par catégorie, et changer d’avis à tout moment.",policyLink:"Lire la politique relative aux cookies",acceptAll:"Tout accepter",rejectAll:"Tout refuser",customize:"Personnaliser",save:"Enregistrer mes choix",close:"Fermer",preferencesTitle:"Paramètres des cookies",preferencesText:"Choisissez les cookies que ce site peut utiliser. Les cookies nécessaires sont toujours actifs.",alwaysOn:"Toujours actifs",reopen:"Paramètres des cookies",decisionTitle:"Votre choix",decisionNone:"Vous n’avez pas encore fait de choix.",decisionDate:"Choix fait le",decisionId:"Identifiant du choix",decisionSaved:"Votre choix a été enregistré.",withdraw:"Retirer mon consentement",allowed:"Autorisés",refused:"Refusés",errorTitle:"La politique relative aux cookies n’a pas pu être chargée",loading:"Chargement de la politique relative aux cookies…"}};function Se(e,t){const i=t.split("-")[0].toLowerCase(),o={...xe[i]??Ae,...e?.texts?.[t]};return(e,t={})=>o[e].replace(/\{(\w+)\}/g,(e,i)=>Object.hasOwn(t,i)?t[i]:e)}function Ce(e,t,i=window){"function"!=typeof i.gtag?function(){(i.dataLayer||=[]).push(arguments)}("consent",e,t):i.gtag("consent",e,t)}function Ee(e,t){const i={};for(const o of e){const e=t(o.id)?"granted":"denied";for(const t of o.consentMode??[])"granted"!==i[t]&&(i[t]=e)}return i}function Te(e){try{e()}catch(e){console.error(e)}}class Pe{constructor(e,t={}){this.options=e,this.deps=t,this.decision=null,this.detail=null,this.channel=null,this.started=null,this.listeners=new Set,this.doc=t.doc??document,this.now=t.now??Date.now}get registry(){return this.started}get consent(){return this.detail}get decided(){return!!this.detail}isGranted(e){return!!this.registry&&me(this.decision,this.registry.categories,e)}start(e){if(this.started)return;this.started=e;const{options:t,deps:i}=this;if(t.consentMode){const t=Ee(e.categories,()=>!1);Te(()=>Ce("default",{...t,wait_for_update:500},i.win))}const o=pe(t.cookie.name,this.doc);this.isCurrent(o)?this.apply(o,"stored",[]):!0===(i.nav??navigator).globalPrivacyControl&&this.apply(this.create({}),"gpc",[]);try{this.channel=(i.channel??(e=>new BroadcastChannel(e)))(`cookie-policy:${t.cookie.name}`),this.channel&&(this.channel.onmessage=({data:e})=>this.receive(e))}catch{}}decide(e,t){const i=this.registry;if(!i)return null;const o=this.decision?.categories??{},s=this.create(e),r=i.cookies.filter(({category:e})=>!0===o[e]&&!s.categories[e]).flatMap(e=>e.names);let n=[];if(r.length&&this.deps.clearCookies)try{n=this.deps.clearCookies(r)}catch{}return function(e,t,i=document,o="https:"===location.protocol){try{t.domain&&(i.cookie=`${t.name}=; Path=/; Max-Age=0`);const s=function({id:e,revision:t,categories:i,decidedAt:o},{name:s,domain:r,maxAgeDays:n},a){return`${s}=${encodeURIComponent(JSON.stringify({id:e,revision:t,categories:i,decidedAt:o}))}; Path=/; Max-Age=${Math.round(86400*n)}; SameSite=Lax`+(r?`; Domain=${r}`:"")+(a?"; Secure":"")}(e,t,o);return i.cookie=s,`; ${i.cookie}; `.includes(`; ${s.slice(0,s.indexOf(";"))}; `)}catch{return!1}}(s,this.options.cookie,this.doc,this.deps.secure),Te(()=>this.channel?.postMessage({type:"decision",decision:s})),this.apply(s,t,n)}acceptAll(e){return this.decideAll(!0,e)}rejectAll(e){return this.decideAll(!1,e)}stop(){Te(()=>this.channel?.close?.()),this.channel&&(this.channel.onmessage=null),this.channel=null,this.listeners.clear()}subscribe(e){return this.listeners.add(e),()=>this.listeners.delete(e)}decideAll(e,t){const i={};for(const{id:t}of this.registry?.categories??[])i[t]=e;return this.decide(i,t)}create(e){const{revision:t,categories:i}=this.registry;return fe(i,e,t,this.now(),(this.deps.id??ve)())}isCurrent(e){return function(e,t,i,o){if(!ye(e)||!ye(e.categories))return!1;const{id:s,decidedAt:r}=e,n="string"==typeof r?Date.parse(r):NaN;return"string"==typeof s&&""!==s&&e.revision===t&&Object.values(e.categories).every(e=>"boolean"==typeof e)&&o-n<=i*ge&&n-o<=ge}(e,this.registry.revision,this.options.cookie.maxAgeDays,this.now())}receive(e){const t=e?.decision,i=this.decision;"decision"!==e?.type||!this.isCurrent(t)||t.id===i?.id||i&&Date.parse(t.decidedAt)<Date.parse(i.decidedAt)||this.apply(t,"stored",[])}apply(e,t,i){const{categories:o,revision:s}=this.registry,{options:r,deps:n}=this,a=fe(o,e.categories,s,Date.parse(e.decidedAt),e.id),c={...a,categories:{...a.categories},source:t,cleared:i};if(this.decision=a,this.detail=c,r.consentMode){const e=Ee(o,e=>me(a,o,e));Te(()=>Ce("update",e,n.win))}const l=r.consentLog;if(l&&"stored"!==t){const e=(n.location??(()=>location.href))();Te(()=>function(e,t,i=navigator,o=fetch){const s=JSON.stringify(t);try{if(i.sendBeacon?.(e,new Blob([s],{type:"application/json"})))return}catch{}try{o(e,{method:"POST",body:s,keepalive:!0,headers:{"content-type":"application/json"},credentials:"same-origin"}).catch(()=>{})}catch{}}(l,{...a,source:t,lang:r.lang(),url:e},n.nav,n.fetch))}for(const e of[...this.listeners])Te(()=>e(c));return c}}class Oe extends CustomEvent{constructor(e){super(Oe.eventName,{detail:e,bubbles:!0,composed:!0})}}Oe.eventName="cookie-consent-change";const Ne="data-cookie-policy-activated",Re=`script[type="text/plain"][data-cookie-category]:not([${Ne}]),iframe[data-cookie-category][data-src]:not([${Ne}])`,Ue=/^((text|application)\/(x-)?(java|ecma|j|live)script(1\.[0-5])?)?$/;let Me,je;function De(){if(void 0===Me){const e={createScript:e=>e,createScriptURL:e=>e},t=globalThis.trustedTypes;try{Me=t?t.createPolicy("cookie-policy",e):e}catch(e){Me=null,console.error('<cookie-policy>: gated scripts stay blocked: the page\'s Content-Security-Policy refuses the Trusted Types policy "cookie-policy" (add it to the trusted-types directive).',e)}}return Me}class Le{constructor(e,t=document){this.isGranted=e,this.root=t,this.claimed=new WeakSet,this.queue=[]}start(){this.observer||(this.observer=new MutationObserver(e=>{e.some(e=>e.addedNodes.length)&&this.scan()}),this.observer.observe(this.root,{childList:!0,subtree:!0}),this.scan())}update(){this.observer&&this.scan()}stop(){this.observer?.disconnect(),this.observer=void 0;for(const e of this.queue.splice(0))this.claimed.delete(e)}idle(){return this.observer?.takeRecords().length&&this.scan(),this.draining??Promise.resolve()}granted(e){try{return!0===this.isGranted(e.dataset.cookieCategory)}catch{return!1}}scan(){for(const e of this.root.querySelectorAll(Re))!this.claimed.has(e)&&this.granted(e)&&(this.claimed.add(e),"iframe"===e.localName?(e.setAttribute(Ne,""),e.src=e.dataset.src):this.queue.push(e));this.queue.length&&!this.draining&&(this.draining=this.drain())}async drain(){for(;this.queue.length;)try{await this.activate(this.queue.shift())}catch(e){console.error("<cookie-policy>: a gated script could not be activated",e)}this.draining=void 0}async activate(e){const t=e.isConnected&&this.granted(e)&&De();if(!t)return void this.claimed.delete(e);const i=this.root.createElement("script");i.async=!1;for(const{name:t,value:o}of e.attributes)["type","data-type","src","nonce"].includes(t)||i.setAttribute(t,o);i.setAttribute(Ne,"");const o=e.dataset.type;o&&(i.type=o),i.nonce=e.nonce;const s=e.getAttribute("src");null!=s&&(i.src=t.createScriptURL(s)),e.text&&(i.text=t.createScript(e.text));const r=i.type.trim().toLowerCase(),n=null!=s&&("module"===r||!i.noModule&&Ue.test(r))?new Promise(e=>{i.addEventListener("load",e),i.addEventListener("error",e)}):null;e.replaceWith(i),await n}}function qe(){return je?.manager}class ze extends Error{constructor(e,t="",i){super(e),this.name="RegistryError",this.pointer=t,void 0!==i&&(this.status=i)}}const He=(e,t)=>{throw new ze(`${e||"/"}: ${t}`,e)},Ie=(e,t)=>`${e}/${String(t).replace(/~/g,"~0").replace(/\//g,"~1")}`,Be=JSON.stringify,Fe=e=>"object"==typeof e&&null!==e&&!Array.isArray(e),We=(e,t)=>(i,o)=>"string"==typeof i&&e.test(i)?i:He(o,`expected ${t}`),Ve=e=>(t,i)=>e.includes(t)?t:He(i,`expected one of ${e.join(", ")}`),Ke=We(/^/,"a string"),Je=We(/./s,"a non-empty string"),Ye=We(/^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$/,'a language tag like "en" or "fr-CA"'),Ge=(e,t,i=0,o)=>(s,r)=>{(!Array.isArray(s)||s.length<i)&&He(r,`expected ${e}`);const n=new Set;return s.map((e,i)=>{const s=t(e,Ie(r,i));return o&&n.has(s)&&He(Ie(r,i),`duplicate ${Be(s)}`),n.add(s),s})},Ze=e=>(t,i)=>{Fe(t)||He(i,"expected an object");const o=t;for(const t of Object.keys(o))({}).hasOwnProperty.call(e,t)||He(Ie(i,t),"unknown property");const s={};for(const t of Object.keys(e)){const[r,n]=e[t];(n||void 0!==o[t])&&(s[t]=r(o[t],Ie(i,t)))}return s},Qe=e=>(t,i)=>{Fe(t)||He(i,"expected an object");const o={};for(const s of Object.keys(t))Ye(s,Ie(i,s)),o[s]=e(t[s],Ie(i,s));return o},Xe=Qe(Ke),et=(e,t)=>"string"==typeof e?e:Fe(e)&&Object.keys(e).length?Xe(e,t):He(t,"expected a string or a non-empty object of language tag to string"),tt=Ze({$schema:[Ke],revision:[Je,1],site:[Je],policyUrl:[Ke],languages:[Ge("a non-empty array of language tags",Ye,1,1),1],categories:[Ge("a non-empty array of categories",Ze({id:[We(/^[\w-]+$/,"an id of letters, digits, _ or -"),1],required:[Ve([!0,!1])],title:[et,1],description:[et],consentMode:[Ge("an array of Consent Mode signals",Ve(["ad_storage","ad_user_data","ad_personalization","analytics_storage","functionality_storage","personalization_storage","security_storage"]),0,1)]}),1),1],cookies:[Ge("an array of cookies",Ze({category:[Je,1],provider:[et,1],function:[et],names:[Ge("a non-empty array of strings",Je,1),1],purpose:[et,1],party:[Ve(["first","third"])],duration:[et],policyUrl:[Ke]})),1],texts:[Qe(Ze(Object.fromEntries(["policyTitle","policyIntro","whatTitle","whatText","kindsTitle","kindNecessary","kindStatistics","kindFirstParty","kindThirdParty","cookiesTitle","tableCaption","colProvider","colFunction","colNames","colPurpose","colDuration","colParty","partyFirst","partyThird","providerPolicy","noCookies","bannerTitle","bannerText","policyLink","acceptAll","rejectAll","customize","save","close","preferencesTitle","preferencesText","alwaysOn","reopen","decisionTitle","decisionNone","decisionDate","decisionId","decisionSaved","withdraw","allowed","refused","errorTitle","loading"].map(e=>[e,[Ke]]))))]});function it(e){const{$schema:t,...i}=tt(e,""),o=i,s=new Set;return o.categories.forEach(({id:e},t)=>{s.has(e)&&He(`/categories/${t}/id`,`duplicate category id ${Be(e)}`),s.add(e)}),o.cookies.forEach(({category:e},t)=>{s.has(e)||He(`/cookies/${t}/category`,`unknown category ${Be(e)}`)}),o}function ot(e,t){if(!e.trim())return null;try{const i=new URL(e.trim(),t);return"http:"===i.protocol||"https:"===i.protocol?i.href:null}catch{return null}}const st=e=>e instanceof Error?e.message:String(e);function rt(e,t){try{return JSON.parse(e)}catch(e){throw new ze(`${t} is not JSON: ${st(e)}`)}}async function nt(e,t=fetch){const{src:i,inline:o}=e;if(i){let e;try{const o=await t(i,{credentials:"same-origin"});if(!o.ok)throw new ze(`HTTP ${o.status} fetching ${i}`,"",o.status);e=await o.text()}catch(e){throw e instanceof ze?e:new ze(`could not fetch ${i}: ${st(e)}`)}return it(rt(e,i))}if(null!=o)return it(rt(o,"inline registry"));throw new ze('no registry: set the src attribute or add a <script type="application/json"> child')}function at(e,t,i,o,s){const{registry:r,t:n,text:a}=e;return r.categories.map((e,r)=>{const c=`${o}-d${r}`;return I`<div part="category" class="category">
      <label class="switch">
        <input
          type="checkbox"
          role="switch"
          part="toggle"
          data-category=${e.id}
          .checked=${!0===e.required||!0===t[e.id]}
          ?disabled=${!0===e.required}
          aria-describedby=${e.description?c:F}
          @change=${t=>i(e.id,t.target.checked)}
        />
        <span class="label">${a(e.title)}</span>
        ${e.required?I`<span class="note">${n("alwaysOn")}</span>`:F}
      </label>
      ${e.description?I`<p id=${c}>${a(e.description)}</p>`:F}
      ${s?.(e)??F}
    </div>`})}function ct(e,t){const{registry:i,t:o,text:s,site:r}=e;return I`<article part="policy" class="policy" aria-labelledby="policy-title">
    <h2 part="title" id="policy-title">${o("policyTitle")}</h2>
    <p>${o("policyIntro",{site:r})}</p>
    <h3>${o("whatTitle")}</h3>
    <p>${o("whatText")}</p>
    <h3>${o("kindsTitle")}</h3>
    <ul>
      <li>${o("kindNecessary")}</li>
      <li>${o("kindStatistics")}</li>
      <li>${o("kindFirstParty")}</li>
      <li>${o("kindThirdParty")}</li>
    </ul>
    <h3>${o("cookiesTitle",{site:r})}</h3>
    ${i.categories.map((t,o)=>I`<section part="category" aria-labelledby="policy-c${o}">
        <h4 id="policy-c${o}">${s(t.title)}</h4>
        ${t.description?I`<p>${s(t.description)}</p>`:F}
        ${function(e,t,i){const{t:o,text:s}=e;if(0===i.length)return I`<p>${o("noCookies")}</p>`;const r=i.some(e=>void 0!==e.duration),n=i.some(e=>void 0!==e.party);return I`<div class="scroll">
    <table part="table">
      <caption>
        ${o("tableCaption",{category:s(t.title)})}
      </caption>
      <thead>
        <tr>
          <th scope="col">${o("colProvider")}</th>
          <th scope="col">${o("colFunction")}</th>
          <th scope="col">${o("colNames")}</th>
          <th scope="col">${o("colPurpose")}</th>
          ${r?I`<th scope="col">${o("colDuration")}</th>`:F}
          ${n?I`<th scope="col">${o("colParty")}</th>`:F}
        </tr>
      </thead>
      <tbody>
        ${i.map(t=>I`<tr>
            <td>${function(e,t){const i=e.text(t.provider),o=void 0===t.policyUrl?null:ot(t.policyUrl,document.baseURI);return o?I`<a href=${o} rel="noopener noreferrer" aria-label=${e.t("providerPolicy",{provider:i})}
        >${i}</a
      >`:i}(e,t)}</td>
            <td>${s(t.function)}</td>
            <td>${t.names.map((e,t)=>I`${t>0?", ":""}<code>${e}</code>`)}</td>
            <td>${s(t.purpose)}</td>
            ${r?I`<td>${s(t.duration)}</td>`:F}
            ${n?I`<td>${t.party?o("first"===t.party?"partyFirst":"partyThird"):""}</td>`:F}
          </tr>`)}
      </tbody>
    </table>
  </div>`}(e,t,i.cookies.filter(e=>e.category===t.id))}
      </section>`)}
    <section class="controls" aria-labelledby="policy-decision">
      <h3 id="policy-decision">${o("decisionTitle")}</h3>
      ${function(e,t){const{t:i,registry:o,text:s,lang:r}=e;if(!t)return I`<p>${i("decisionNone")}</p>`;let n=t.decidedAt;try{n=new Intl.DateTimeFormat(r,{dateStyle:"long",timeStyle:"short"}).format(new Date(t.decidedAt))}catch{}return I`<ul class="decision">
      ${o.categories.map(e=>I`<li>${s(e.title)}: ${i(t.categories[e.id]?"allowed":"refused")}</li>`)}
    </ul>
    <p>${i("decisionDate")} <time datetime=${t.decidedAt}>${n}</time></p>
    <p>${i("decisionId")} <code>${t.id}</code></p>`}(e,t.consent)}
      ${at(e,t.choices,t.onToggle,"policy-s")}
      <div class="actions">
        <button part="save" @click=${t.onSave}>${o("save")}</button>
        ${t.consent?I`<button part="reject-all" @click=${t.onWithdraw}>${o("withdraw")}</button>`:F}
      </div>
      <p role="status" class="status">${t.saved?o("decisionSaved"):""}</p>
    </section>
  </article>`}const lt=new Map,dt=new Set,ht="[data-cookie-policy-open]";function pt(e){if(!e.composedPath().find(e=>e instanceof Element&&e.matches(ht)))return;const t=[...dt],i=t.find(e=>"policy"!==e.view)??t[0];i&&(e.preventDefault(),i.showPreferences())}class ut extends ne{constructor(){super(...arguments),this.view="banner",this.cookieName="cookies_preferences",this.consentMaxAge=180,this.consentMode=!1,this.debug=!1,this.registry=null,this.error=null,this.dialogOpen=!1,this.choices={},this.saved=!1,this.opener=null,this.preferencesPending=!1,this.pending=null,this.handleToggle=(e,t)=>{this.choices={...this.choices,[e]:t},this.saved=!1},this.handleDialogClose=e=>{const t=this.renderRoot.querySelector("dialog");if(!this.dialogOpen||"close"===e?.type&&(e.target!==t||t?.open))return;t?.open&&t.close(),this.dialogOpen=!1;const i=this.opener;this.opener=null,this.updateComplete.then(()=>{const e=i?.isConnected?i:this.renderRoot.querySelector('[part="reopen"]');e?.focus()})},this.handleDialogKeydown=e=>{if("Tab"!==e.key)return;const t=[...e.currentTarget.querySelectorAll("button, input:not(:disabled), a[href]")],i=this.shadowRoot?.activeElement;i!==(e.shiftKey?t[0]:t[t.length-1])&&t.includes(i)||(e.preventDefault(),(e.shiftKey?t[t.length-1]:t[0])?.focus())}}connectedCallback(){super.connectedCallback(),0===dt.size&&document.addEventListener("click",pt),dt.add(this),this.manager&&!this.unsubscribe&&this.subscribe(),this.toggleAttribute("data-docked",function(e){if(e.parentElement!==document.body)return!1;for(let t=e.nextElementSibling;t;t=t.nextElementSibling)if(!/^(SCRIPT|TEMPLATE|STYLE|LINK|NOSCRIPT)$/.test(t.tagName))return!1;return!0}(this))}disconnectedCallback(){super.disconnectedCallback(),dt.delete(this),0===dt.size&&document.removeEventListener("click",pt),this.unsubscribe?.(),this.unsubscribe=void 0}willUpdate(e){this.loadedSrc!==(this.src??null)&&this.load(),e.has("lang")&&this.manager&&(this.choices=this.currentChoices())}get consent(){return(this.manager??qe())?.consent??null}acceptAll(){this.decide(!0,"api")}rejectAll(){this.decide(!1,"api")}save(e){this.decide(e,"api")}async showPreferences(){if(!this.registry)return void(this.preferencesPending=!0);if(this.preferencesPending=!1,this.dialogOpen)return;this.opener=function(){let e=document.activeElement;for(;e?.shadowRoot?.activeElement;)e=e.shadowRoot.activeElement;return e instanceof HTMLElement?e:null}(),this.choices=this.currentChoices(),this.dialogOpen=!0,await this.updateComplete;const e=this.renderRoot.querySelector("dialog");e&&!e.open&&e.showModal()}async load(){const e=this.src??null;this.loadedSrc=e,this.error=null;try{e||"loading"!==document.readyState||this.inlineRegistry()||await new Promise(e=>document.addEventListener("DOMContentLoaded",e,{once:!0}));const t=await this.fetchRegistry(e);if(this.loadedSrc!==e)return;this.registry=t,this.startConsent(t)}catch(t){if(this.loadedSrc!==e)return;this.registry=null,this.error=t instanceof Error?t.message:String(t),console.error(`<cookie-policy>: ${this.error}`)}}fetchRegistry(e){if(!e)return nt({inline:this.inlineRegistry()});const t=new URL(e,document.baseURI).href,i=lt.get(t)??nt({src:t});return lt.set(t,i),i}inlineRegistry(){return this.querySelector(':scope > script[type="application/json"]')?.textContent??null}startConsent(e){this.manager=function(e,t){if(je)je.manager.registry&&je.manager.registry!==e&&(je.manager.registry.revision===e.revision&&je.manager.registry.site===e.site||console.warn(`<cookie-policy>: this page loads two different registries; the decision follows the first (revision ${je.manager.registry.revision})`));else{const i=new Pe(t,{clearCookies:e=>function(e,t=document,i=location.hostname){try{const o=be(t.cookie.split(";").map(e=>e.split("=")[0].trim()),e).filter(Boolean);for(const e of o){const o=`${e}=; Path=/; Max-Age=0; Expires=Thu, 01 Jan 1970 00:00:00 GMT${/^__(secure|host)-/i.test(e)?"; Secure":""}`;t.cookie=o;for(const e of $e(i))t.cookie=`${o}; Domain=${e}`}return o}catch{return[]}}(e)}),o=new Le(e=>i.isGranted(e));i.subscribe(e=>{o.update(),document.dispatchEvent(new Oe(e))}),je={manager:i,gate:o},i.start(e),o.start()}return je.manager}(e,{cookie:{name:this.cookieName||"cookies_preferences",domain:this.cookieDomain||void 0,maxAgeDays:Number.isFinite(this.consentMaxAge)&&this.consentMaxAge>0?this.consentMaxAge:180},consentMode:this.consentMode,consentLog:this.consentLog,lang:()=>this.uiLang}),this.unsubscribe?.(),this.subscribe(),this.choices=this.currentChoices();const{pending:t}=this;this.pending=null,t?this.decide(t.choices,t.source):this.audit(),this.preferencesPending&&this.showPreferences()}get isFirstVisit(){return null===pe(this.cookieName||"cookies_preferences")&&!0!==navigator.globalPrivacyControl}subscribe(){this.unsubscribe=this.manager?.subscribe(()=>{this.choices=this.currentChoices(),this.requestUpdate(),this.audit()})}audit(){const{registry:e}=this;this.debug&&e&&((je?.gate)?.idle()??Promise.resolve()).then(()=>function(e,t=globalThis.console){const{consent:i}=e,o=i?`decision ${i.id} (${i.source}, ${i.decidedAt})`:"no decision yet";t.groupCollapsed(`<cookie-policy> debug: revision ${e.revision}, ${o}`);try{t.table(e.categories.map(({id:e,required:t,granted:i})=>({category:e,required:t,granted:i}))),e.elements.length?t.table(e.elements.map(e=>({element:e.tag,category:e.category,state:e.state,granted:e.granted,url:e.url??"(inline)",problem:we(e)}))):t.log("no element with data-cookie-category on this page"),e.cookiesReadable?e.undeclaredCookies.length?t.warn(`cookies not declared in the registry: ${e.undeclaredCookies.join(", ")}`):t.log("every cookie present is declared in the registry"):t.log("document.cookie cannot be read here")}finally{t.groupEnd()}}(function({registry:e,consent:t,doc:i=document}){const o=i=>me(t,e.categories,i),s=new Set(e.categories.map(({id:e})=>e)),r=[...i.querySelectorAll("[data-cookie-category]")].map(e=>{const t=e.getAttribute("data-cookie-category")??"";return{element:e,tag:e.localName,category:t,state:ke(e),granted:o(t),known:s.has(t),url:_e(e)}}),n=function(e){try{return e.cookie.split(";").map(e=>e.split("=")[0].trim()).filter(Boolean)}catch{return null}}(i),a=new Set(be(n??[],e.cookies.flatMap(({names:e})=>e)));return{revision:e.revision,consent:t,categories:e.categories.map(({id:e,required:t})=>({id:e,required:!!t,granted:o(e)})),elements:r,undeclaredCookies:[...new Set((n??[]).filter(e=>!a.has(e)))],cookiesReadable:null!==n}}({registry:e,consent:this.consent})))}currentChoices(){return{...this.consent?.categories}}get uiLang(){const e=this.lang||this.closest("[lang]")?.getAttribute("lang")||document.documentElement.lang;return this.registry?function(e,t){const i=(e??"").trim().toLowerCase(),o=t.map(e=>e.toLowerCase()),s=o.indexOf(i);if(s>=0)return t[s];const r=o.indexOf(i.split("-")[0]);return r>=0?t[r]:t[0]}(e,this.registry.languages):e||"en"}decide(e,t){const i=this.manager??qe();i?!0===e?i.acceptAll(t):!1===e?i.rejectAll(t):i.decide({...e},t):this.error||(this.pending={choices:e,source:t})}handleDialogDecision(e){this.decide(e,"preferences"),this.handleDialogClose()}context(e){const t=this.uiLang;return{registry:e,lang:t,t:Se(e,t),text:i=>function(e,t,i){return void 0===e?"":"string"==typeof e?e:e[t]??e[t.split("-")[0]]??e[i]??Object.values(e)[0]??""}(i,t,e.languages[0]),site:e.site??location.hostname}}renderReopen(e){return document.querySelector(ht)?F:I`<button part="reopen" aria-haspopup="dialog" @click=${()=>this.showPreferences()}>
      ${e.t("reopen")}
    </button>`}renderBanner(e,t,i){return function({t:e,site:t,policyHref:i,onAcceptAll:o,onRejectAll:s,onCustomize:r}){return I`<section part="banner" class="banner" role="region" aria-labelledby="banner-title">
    <h2 part="title" id="banner-title">${e("bannerTitle",{site:t})}</h2>
    <p>
      ${e("bannerText")}
      ${null===i?"":I`<a href=${i??""}>${e("policyLink")}</a>`}
    </p>
    <div class="actions">
      <button part="accept-all" @click=${o}>${e("acceptAll")}</button>
      <button part="reject-all" @click=${s}>${e("rejectAll")}</button>
      <button part="customize" aria-haspopup="dialog" @click=${r}>${e("customize")}</button>
    </div>
  </section>`}({t:e,site:t,policyHref:i,onAcceptAll:()=>this.decide(!0,"banner"),onRejectAll:()=>this.decide(!1,"banner"),onCustomize:()=>this.showPreferences()})}render(){const{registry:e}=this;if(!e){const e=Se(null,this.uiLang);if(this.error)return I`<p part="error" role="alert">${e("errorTitle")}: ${this.error}</p>`;if("policy"===this.view)return I`<p role="status">${e("loading")}</p>`;const t=!this.pending&&this.isFirstVisit;return I`${t?this.renderBanner(e,location.hostname,void 0):F}${F}`}const t=this.context(e),i=this.consent;let o;if("policy"===this.view)o=ct(t,{consent:i,choices:this.choices,saved:this.saved,onToggle:this.handleToggle,onSave:()=>{this.decide(this.choices,"policy"),this.saved=!0},onWithdraw:()=>{this.decide(!1,"policy"),this.saved=!0}});else if(this.manager?.decided)o=this.renderReopen(t);else{const{policyUrl:i}=e;o=this.renderBanner(t.t,t.site,void 0===i?null:ot(i,document.baseURI))}return I`${o}${this.dialogOpen?function(e,t){const{t:i}=e;return I`<dialog
    part="dialog"
    class="dialog"
    aria-labelledby="dialog-title"
    @close=${t.onClose}
    @keydown=${t.onKeydown}
  >
    <div class="head">
      <h2 part="title" id="dialog-title">${i("preferencesTitle")}</h2>
      <button part="close" class="close" aria-label=${i("close")} @click=${()=>t.onClose()}>×</button>
    </div>
    <p>${i("preferencesText")}</p>
    ${at(e,t.choices,t.onToggle,"dialog-s",t=>function(e,t){const{registry:i,text:o}=e,s=i.cookies.filter(e=>e.category===t.id);return 0===s.length?F:I`<ul class="cookies">
    ${s.map(e=>I`<li>
          <strong>${o(e.provider)}</strong>
          ${e.names.map(e=>I` <code>${e}</code>`)}: ${o(e.purpose)}
          ${void 0===e.duration?F:I`(${o(e.duration)})`}
        </li>`)}
  </ul>`}(e,t))}
    <div class="actions">
      <button part="save" @click=${t.onSave}>${i("save")}</button>
      <button part="accept-all" @click=${t.onAcceptAll}>${i("acceptAll")}</button>
      <button part="reject-all" @click=${t.onRejectAll}>${i("rejectAll")}</button>
    </div>
  </dialog>`}(t,{choices:this.choices,onToggle:this.handleToggle,onSave:()=>this.handleDialogDecision(this.choices),onAcceptAll:()=>this.handleDialogDecision(!0),onRejectAll:()=>this.handleDialogDecision(!1),onClose:this.handleDialogClose,onKeydown:this.handleDialogKeydown}):F}`}}ut.styles=ue,e([de()],ut.prototype,"src",void 0),e([de()],ut.prototype,"view",void 0),e([de({reflect:!0})],ut.prototype,"lang",void 0),e([de({attribute:"cookie-name"})],ut.prototype,"cookieName",void 0),e([de({attribute:"cookie-domain"})],ut.prototype,"cookieDomain",void 0),e([de({attribute:"consent-max-age",type:Number})],ut.prototype,"consentMaxAge",void 0),e([de({attribute:"consent-mode",type:Boolean})],ut.prototype,"consentMode",void 0),e([de({attribute:"consent-log"})],ut.prototype,"consentLog",void 0),e([de({type:Boolean})],ut.prototype,"debug",void 0),e([he()],ut.prototype,"registry",void 0),e([he()],ut.prototype,"error",void 0),e([he()],ut.prototype,"dialogOpen",void 0),e([he()],ut.prototype,"choices",void 0),e([he()],ut.prototype,"saved",void 0),e([he()],ut.prototype,"pending",void 0),customElements.get("cookie-policy")||customElements.define("cookie-policy",ut);const gt=document.currentScript;function yt(){if(document.querySelector("cookie-policy"))return;const e=gt?.dataset.registry;if(!e)return void console.warn('<cookie-policy>: nothing mounted: add data-registry="…" to the script tag or a <cookie-policy> element to the page');const t=document.createElement("cookie-policy");t.setAttribute("src",e),document.body.append(t)}customElements.get("cookie-policy")===ut&&("loading"===document.readyState?document.addEventListener("DOMContentLoaded",yt,{once:!0}):yt())}();
